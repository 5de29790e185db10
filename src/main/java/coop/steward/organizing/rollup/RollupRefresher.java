package coop.steward.organizing.rollup;

import coop.steward.account.TimeZoneChanged;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * Keeps the rollups within seconds of the records: every second it refreshes the workers the outbox marked, each at
 * most once per {@code steward.rollups.spacing} (5 s: a phone syncing 500 entries would otherwise have its whole
 * history recomputed every second while it writes, and the dashboards release at most every 10 s anyway); and a
 * worker's new time zone, which moves their days without a new record, marks them too.
 */
@Singleton
class RollupRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRefresher.class);

    private final Rollups rollups;
    private final RollupOutbox outbox;
    private final TransactionOperations<Connection> transactions;
    private final Duration spacing;

    RollupRefresher(Rollups rollups, RollupOutbox outbox, TransactionOperations<Connection> transactions,
                    @Value("${steward.rollups.spacing:5s}") Duration spacing) {
        this.rollups = rollups;
        this.outbox = outbox;
        this.transactions = transactions;
        this.spacing = spacing;
    }

    @Scheduled(fixedDelay = "${steward.rollups.refresh-interval:1s}", initialDelay = "${steward.rollups.refresh-interval:1s}")
    void refresh() {
        try {
            rollups.refreshPending(spacing);
        } catch (RuntimeException failed) {
            // The database may be out of reach for a while; the marks wait in the outbox.
            LOG.warn("rollup refresh failed; will try again", failed);
        }
    }

    @EventListener
    void zoneChanged(TimeZoneChanged changed) {
        transactions.executeWrite(status -> {
            outbox.markAll(status.getConnection(), List.of(changed.accountId()));
            return null;
        });
    }
}
