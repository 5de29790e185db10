package coop.steward.account;

import coop.steward.support.MovableClock;
import coop.steward.support.ProblemAssert.Problem;
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
import java.util.Map;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ups from one address, limited here to two at once and then one every ten minutes. */
@MicronautTest
@Property(name = "spec.name", value = "SignUpLimitControllerTest")
@Property(name = "steward.limits.sign-up.burst", value = "2")
@Property(name = "steward.limits.sign-up.refill", value = "10m")
class SignUpLimitControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MovableClock clock;

    BlockingHttpClient http;

    @BeforeEach
    void connect() {
        http = client.toBlocking();
    }

    @Test
    void aThirdSignUpFromOneAddressIsRefusedEvenWhenItClaimsToBeForwardedAndOpensNoAccount() {
        assertThat(http.exchange(signUp(TestAccounts.uniqueHandle("kc-labeler"))).code()).isEqualTo(201);
        assertThat(http.exchange(signUp(TestAccounts.uniqueHandle("kc-labeler"))).code()).isEqualTo(201);
        String third = TestAccounts.uniqueHandle("kc-labeler");

        // The portal is not configured as behind a proxy, so a header anyone can write names no other client.
        Problem problem = refused(() -> http.exchange(signUp(third).header("X-Forwarded-For", "203.0.113.7")));

        assertThat(problem.hasStatus(429).type()).isEqualTo("/problems/rate-limited");
        assertThat((String) problem.detail()).contains("sign-ups");
        assertThat(problem.retryAfterSeconds()).isBetween(1L, 600L);
        assertThat(refused(() -> TestAccounts.signIn(http, third, TestAccounts.PASSWORD)).httpStatus()).isEqualTo(401);

        clock.advance(Duration.ofSeconds(problem.retryAfterSeconds()));

        assertThat(http.exchange(signUp(third)).code()).isEqualTo(201);
        assertThat(TestAccounts.signIn(http, third, TestAccounts.PASSWORD)).isNotNull();
    }

    private static MutableHttpRequest<Map<String, String>> signUp(String handle) {
        return HttpRequest.POST("/api/accounts", Map.of("handle", handle, "password", TestAccounts.PASSWORD,
                "locale", "en", "timeZone", "America/Chicago", "jurisdiction", "US-MO"));
    }

    /** Replaces the system clock for this test only, so ten minutes pass without waiting for them. */
    @Factory
    @Requires(property = "spec.name", value = "SignUpLimitControllerTest")
    static class MovableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
