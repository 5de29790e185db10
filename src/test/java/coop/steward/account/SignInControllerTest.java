package coop.steward.account;

import coop.steward.support.MovableClock;
import coop.steward.support.ProblemAssert.Problem;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest
@Property(name = "spec.name", value = "SignInControllerTest")
class SignInControllerTest {

    private static final String WRONG_PASSWORD = "not my passphrase at all";

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
    void theRightPasswordAnswersAnAccessTokenForFifteenMinutesAndARefreshToken() {
        String handle = registered("kc-labeler");

        HttpResponse<Map> response = http.exchange(login(handle, TestAccounts.PASSWORD), Map.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body())
                .containsEntry("token_type", "Bearer")
                .containsEntry("expires_in", 900)
                .containsEntry("username", handle)
                .containsKeys("access_token", "refresh_token");
        assertThat((String) response.body().get("refresh_token")).isNotBlank();
        Map<?, ?> me = http.retrieve(HttpRequest.GET("/api/me")
                .bearerAuth((String) response.body().get("access_token")), Map.class);
        assertThat(me.get("handle")).isEqualTo(handle);
    }

    @Test
    void aWrongPasswordAndAnUnknownHandleAnswerExactlyAlike() {
        String handle = registered("nbo-moderator");

        Problem wrongPassword = refused(() -> http.exchange(login(handle, WRONG_PASSWORD)));
        Problem unknownHandle = refused(() -> http.exchange(login(TestAccounts.uniqueHandle("nobody"), WRONG_PASSWORD)));

        wrongPassword.hasStatus(401).hasType("sign-in-refused");
        assertThat(unknownHandle.httpStatus()).isEqualTo(wrongPassword.httpStatus());
        assertThat(unknownHandle.raw()).isEqualTo(wrongPassword.raw());
    }

    @Test
    void fiveFailuresLockTheHandleEvenAgainstTheRightPassword() {
        String handle = registered("kc-labeler");
        failFiveTimes(handle);

        String retryAfter = lockedOut(handle, TestAccounts.PASSWORD);

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 900L);
    }

    @Test
    void anUnknownHandleLocksTheSameWay() {
        String unknown = TestAccounts.uniqueHandle("nobody");
        failFiveTimes(unknown);

        String retryAfter = lockedOut(unknown, WRONG_PASSWORD);

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 900L);
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        String handle = registered("nbo-moderator");
        failFiveTimes(handle);

        clock.advance(Duration.ofMinutes(14));
        assertThat(Long.parseLong(lockedOut(handle, TestAccounts.PASSWORD))).isBetween(1L, 60L);

        clock.advance(Duration.ofMinutes(1));
        assertThat(http.exchange(login(handle, TestAccounts.PASSWORD)).code()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        String handle = registered("kc-labeler");
        failTimes(handle, 4);
        http.exchange(login(handle, TestAccounts.PASSWORD));

        failTimes(handle, 4);

        assertThat(http.exchange(login(handle, TestAccounts.PASSWORD)).code()).isEqualTo(200);
    }

    private String registered(String prefix) {
        return TestAccounts.worker(http, prefix, "America/Chicago", "US-MO").handle();
    }

    private void failFiveTimes(String handle) {
        failTimes(handle, SignInThrottle.MAX_FAILURES);
    }

    private void failTimes(String handle, int times) {
        for (int i = 0; i < times; i++) {
            refused(() -> http.exchange(login(handle, WRONG_PASSWORD))).hasStatus(401);
        }
    }

    /** Expects the sign-in to be refused as locked out, and answers its Retry-After header. */
    private String lockedOut(String handle, String password) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.exchange(login(handle, password)));
        assertThat(e).as("a locked handle must not sign in").isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(429);
        assertThat(e.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(e.getResponse().getBody(String.class)).hasValueSatisfying(
                body -> assertThat(body).contains("\"type\":\"/problems/locked-out\"", "\"status\":429"));
        return e.getResponse().header("Retry-After");
    }

    private static HttpRequest<?> login(String handle, String password) {
        return HttpRequest.POST("/login", Map.of("username", handle, "password", password));
    }

    /** Replaces the system clock for this test only. */
    @Factory
    @Requires(property = "spec.name", value = "SignInControllerTest")
    static class MovableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
