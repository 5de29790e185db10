package coop.steward.common.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The database's part of {@code /health}, as a probe in the background last found it. Asking {@code /health}
 * never waits for the database: when it is out of reach the pool takes seconds to give up, and a load balancer's
 * health check must be answered at once, DOWN (503) if need be.
 */
@Singleton
@Readiness
final class DatabaseHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;
    private volatile boolean reachable = true;

    DatabaseHealthIndicator(DataSource dataSource, DataSourceResolver resolver) {
        // The pool itself: the bean the features use hands out connections only inside a transaction.
        this.dataSource = resolver.resolve(dataSource);
    }

    @Scheduled(fixedDelay = "${steward.health.database-probe-interval:1s}")
    void probe() {
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (SQLException | RuntimeException outOfReach) {
            reachable = false;
        }
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("jdbc", reachable ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("reachable", reachable))
                .build());
    }
}
