package coop.steward.account;

import coop.steward.support.MovableClock;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Property(name = "spec.name", value = "RefreshRetryGraceTest")
class RefreshRetryGraceTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MovableClock clock;

    BlockingHttpClient http;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
    }

    @Test
    void aReuseAfterTheGraceRevokesTheFamilyEvenIfARetryWithinItWasAdmitted() {
        SignedIn phone = TestAccounts.kansasCityWorker(http);
        String first = refreshed(phone.refreshToken());
        String retried = refreshed(phone.refreshToken());

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        refused(() -> http.exchange(refresh(phone.refreshToken())))
                .hasStatus(400).hasType("invalid-grant").namesFields("refresh_token");
        refused(() -> http.exchange(refresh(first)))
                .hasStatus(400).hasType("invalid-grant");
        refused(() -> http.exchange(refresh(retried))).hasStatus(400).hasType("invalid-grant");
    }

    private String refreshed(String refreshToken) {
        Map<String, Object> tokens = http.retrieve(refresh(refreshToken), HashMap.class);
        return (String) tokens.get("refresh_token");
    }

    private static MutableHttpRequest<Map<String, String>> refresh(String refreshToken) {
        return HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** Replaces the system clock for this test only. */
    @Factory
    @Requires(property = "spec.name", value = "RefreshRetryGraceTest")
    static class MovableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
