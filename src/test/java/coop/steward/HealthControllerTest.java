package coop.steward;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class HealthControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/readiness", "/health/liveness"})
    void anyoneMayAskWhetherThePortalIsUpButNotForItsDetails(String path) {
        HttpResponse<Map> response = http.exchange(HttpRequest.GET(path), Map.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsEntry("status", "UP").doesNotContainKey("details");
    }
}
