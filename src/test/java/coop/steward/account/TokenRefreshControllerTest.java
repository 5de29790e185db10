package coop.steward.account;

import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class TokenRefreshControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
    }

    @Test
    void aFormEncodedRefreshAnswersANewPairWithADifferentRefreshToken() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);

        Map<String, Object> tokens = http.retrieve(refresh(worker.refreshToken())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), HashMap.class);

        assertThat(tokens).containsEntry("token_type", "Bearer").containsEntry("expires_in", 900);
        assertThat((String) tokens.get("refresh_token")).isNotBlank().isNotEqualTo(worker.refreshToken());
        Map<?, ?> me = http.retrieve(HttpRequest.GET("/api/me").bearerAuth((String) tokens.get("access_token")), Map.class);
        assertThat(me.get("handle")).isEqualTo(worker.handle());
    }

    @Test
    void aJsonRefreshAnswersANewPairWithADifferentRefreshToken() {
        SignedIn worker = TestAccounts.nairobiWorker(http);

        String next = refreshed(worker.refreshToken());

        assertThat(next).isNotBlank().isNotEqualTo(worker.refreshToken());
        assertThat(refreshed(next)).isNotEqualTo(next);
    }

    @Test
    void aSpentRefreshTokenWhoseSuccessorWasUsedIsRefusedAndRevokesOnlyItsOwnFamily() {
        SignedIn phone = TestAccounts.kansasCityWorker(http);
        SignedIn laptop = TestAccounts.signIn(http, phone.handle(), phone.password());
        String newest = refreshed(refreshed(phone.refreshToken()));

        refused(() -> http.exchange(refresh(phone.refreshToken())))
                .hasStatus(400).hasType("invalid-grant").namesFields("refresh_token");

        refused(() -> http.exchange(refresh(newest))).hasStatus(400).hasType("invalid-grant");
        assertThat(refreshed(laptop.refreshToken())).isNotBlank();
    }

    @Test
    void aRetryOfTheSameRefreshTokenWithinTheGraceKeepsTheDeviceSignedIn() {
        SignedIn phone = TestAccounts.nairobiWorker(http);
        String lostAnswer = refreshed(phone.refreshToken());

        Map<String, Object> retried = http.retrieve(refresh(phone.refreshToken()), HashMap.class);

        String next = (String) retried.get("refresh_token");
        assertThat(next).isNotBlank().isNotEqualTo(lostAnswer).isNotEqualTo(phone.refreshToken());
        Map<?, ?> me = http.retrieve(HttpRequest.GET("/api/me").bearerAuth((String) retried.get("access_token")), Map.class);
        assertThat(me.get("handle")).isEqualTo(phone.handle());
        assertThat(refreshed(refreshed(next))).as("the device is still signed in").isNotBlank();
    }

    @Test
    void eightConcurrentRefreshesOfOneTokenAllSucceedAndTheDeviceStaysSignedIn() throws Exception {
        SignedIn phone = TestAccounts.kansasCityWorker(http);
        int refreshes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(refreshes);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < refreshes; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return refreshed(phone.refreshToken());
                }));
            }
            start.countDown();
            Set<String> successors = new HashSet<>();
            for (Future<String> answer : answers) {
                successors.add(answer.get());
            }

            assertThat(successors).hasSize(refreshes).doesNotContainNull();
            assertThat(refreshed(refreshed(successors.iterator().next()))).as("the device is still signed in").isNotBlank();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void usingOneSuccessorRevokesItsSiblingsAndMakesTheOldTokenAReplayThatEndsTheFamily() {
        SignedIn phone = TestAccounts.nairobiWorker(http);
        String first = refreshed(phone.refreshToken());
        String retried = refreshed(phone.refreshToken());

        String newest = refreshed(first);

        refused(() -> http.exchange(refresh(retried)))
                .hasStatus(400).hasType("invalid-grant");
        refused(() -> http.exchange(refresh(phone.refreshToken()))).hasStatus(400).hasType("invalid-grant");
        refused(() -> http.exchange(refresh(newest)))
                .hasStatus(400).hasType("invalid-grant");
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        refused(() -> http.exchange(refresh("a-token-this-instance-never-issued")))
                .hasStatus(400).hasType("invalid-grant");
    }

    @Test
    void logoutWithARefreshTokenSignsOutThatDeviceOnly() {
        SignedIn phone = TestAccounts.nairobiWorker(http);
        SignedIn laptop = TestAccounts.signIn(http, phone.handle(), phone.password());

        int status = http.exchange(phone.authorize(HttpRequest.POST("/logout",
                Map.of("refresh_token", phone.refreshToken())))).code();

        assertThat(status).isEqualTo(204);
        refused(() -> http.exchange(refresh(phone.refreshToken()))).hasStatus(400).hasType("invalid-grant");
        assertThat(refreshed(laptop.refreshToken())).isNotBlank();
    }

    @Test
    void logoutWithoutARefreshTokenSignsOutEveryDevice() {
        SignedIn phone = TestAccounts.kansasCityWorker(http);
        SignedIn laptop = TestAccounts.signIn(http, phone.handle(), phone.password());

        int status = http.exchange(phone.authorize(HttpRequest.POST("/logout", Map.of()))).code();

        assertThat(status).isEqualTo(204);
        refused(() -> http.exchange(refresh(phone.refreshToken()))).hasStatus(400).hasType("invalid-grant");
        refused(() -> http.exchange(refresh(laptop.refreshToken()))).hasStatus(400).hasType("invalid-grant");
    }

    @Test
    void aMissingGrantTypeIsNamed() {
        SignedIn worker = TestAccounts.nairobiWorker(http);

        refused(() -> http.exchange(HttpRequest.POST("/oauth/access_token",
                Map.of("refresh_token", worker.refreshToken()))))
                .hasStatus(400).hasType("validation").namesFields("grant_type");
    }

    @Test
    void aGrantTypeOtherThanRefreshTokenIsNamed() {
        refused(() -> http.exchange(HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "password", "username", "kc-labeler", "password", TestAccounts.PASSWORD))))
                .hasStatus(400).hasType("validation").namesFields("grant_type");
    }

    private String refreshed(String refreshToken) {
        Map<String, Object> tokens = http.retrieve(refresh(refreshToken), HashMap.class);
        return (String) tokens.get("refresh_token");
    }

    private static MutableHttpRequest<Map<String, String>> refresh(String refreshToken) {
        return HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }
}
