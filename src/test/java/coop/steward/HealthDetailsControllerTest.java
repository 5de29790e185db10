package coop.steward;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an operator lets health details show, readiness is seen to include the database. */
@MicronautTest
@Property(name = "endpoints.health.details-visible", value = "ANONYMOUS")
class HealthDetailsControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void readinessIncludesTheDatabase() {
        Map<String, Object> readiness = client.toBlocking().retrieve(HttpRequest.GET("/health/readiness"), Map.class);

        assertThat(readiness.get("status")).isEqualTo("UP");
        Map<String, Object> details = (Map<String, Object>) readiness.get("details");
        assertThat(details).containsKey("jdbc");
        assertThat(((Map<String, Object>) details.get("jdbc")).get("status")).isEqualTo("UP");
    }
}
