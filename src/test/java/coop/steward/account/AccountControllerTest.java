package coop.steward.account;

import coop.steward.support.ProblemAssert.Problem;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class AccountControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AccountRepository accounts;

    BlockingHttpClient http;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
    }

    private Map<String, Object> registration(String handle) {
        Map<String, Object> body = new HashMap<>();
        body.put("handle", handle);
        body.put("password", TestAccounts.PASSWORD);
        body.put("locale", "es");
        body.put("timeZone", "America/Bogota");
        body.put("jurisdiction", "CO");
        return body;
    }

    @Test
    void aWorkerRegistersWithOnlyAHandleAndSeesTheirProfile() {
        String handle = TestAccounts.uniqueHandle("Bogota-Rater");

        HttpResponse<Map> created = http.exchange(HttpRequest.POST("/api/accounts", registration(handle)), Map.class);

        assertThat((Object) created.status()).isEqualTo(HttpStatus.CREATED);
        assertThat((Object) created.header("Location")).isEqualTo("/api/me");
        assertThat(created.body()).containsEntry("handle", handle.toLowerCase())
                .containsEntry("role", "WORKER")
                .containsEntry("locale", "es")
                .containsEntry("timeZone", "America/Bogota")
                .containsEntry("jurisdiction", "CO")
                .doesNotContainKeys("password", "passwordHash");

        SignedIn worker = TestAccounts.signIn(http, handle, TestAccounts.PASSWORD);
        Map<?, ?> me = http.retrieve(worker.authorize(HttpRequest.GET("/api/me")), Map.class);
        assertThat(me.get("id")).isEqualTo(created.body().get("id"));
    }

    @Test
    void theStoredPasswordIsAnArgon2idHashNotThePassword() {
        String handle = TestAccounts.uniqueHandle("hash-check");
        http.exchange(HttpRequest.POST("/api/accounts", registration(handle)));

        String stored = accounts.findByHandle(handle).orElseThrow().passwordHash();

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void aTakenHandleIsAConflictWhateverItsCase() {
        String handle = TestAccounts.uniqueHandle("taken");
        http.exchange(HttpRequest.POST("/api/accounts", registration(handle)));

        Problem problem = refused(() -> http.exchange(HttpRequest.POST("/api/accounts", registration(handle.toUpperCase()))));

        problem.hasStatus(409).hasType("handle-taken").namesFields("handle");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "handle       | x",
            "handle       | has spaces in it",
            "password     | short",
            "locale       | de",
            "timeZone     | Mars/Olympus_Mons",
            "timeZone     | +03:00",
            "jurisdiction | XX",
            "jurisdiction | us-mo",
            "jurisdiction | US-MISSOURI",
    })
    void anInvalidFieldIsNamedAndNothingIsWritten(String field, String value) {
        String handle = TestAccounts.uniqueHandle("refused");
        Map<String, Object> body = registration(handle);
        body.put(field, value);

        Problem problem = refused(() -> http.exchange(HttpRequest.POST("/api/accounts", body)));

        problem.hasStatus(400).hasType("validation").namesFields(field);
        assertThat(accounts.existsByHandle(handle)).isFalse();
    }

    @Test
    void aMissingFieldIsNamed() {
        Map<String, Object> body = registration(TestAccounts.uniqueHandle("missing"));
        body.remove("timeZone");

        refused(() -> http.exchange(HttpRequest.POST("/api/accounts", body)))
                .hasStatus(400).namesFields("timeZone");
    }

    @Test
    void aPasswordThatContainsTheHandleIsRefused() {
        String handle = TestAccounts.uniqueHandle("guessable");
        Map<String, Object> body = registration(handle);
        body.put("password", "my name is " + handle);

        refused(() -> http.exchange(HttpRequest.POST("/api/accounts", body)))
                .hasStatus(400).hasType("validation").namesFields("password");
        assertThat(accounts.existsByHandle(handle)).isFalse();
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        refused(() -> http.exchange(HttpRequest.POST("/api/accounts", "{\"handle\": ")
                .contentType(MediaType.APPLICATION_JSON_TYPE)))
                .hasStatus(400).hasType("malformed-request");
    }

    @Test
    void aProfileChangeKeepsTheFieldsLeftOut() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);

        Map<?, ?> changed = http.retrieve(worker.authorize(HttpRequest.PATCH("/api/me", Map.of("locale", "sw"))), Map.class);

        assertThat(changed.get("locale")).isEqualTo("sw");
        assertThat(changed.get("timeZone")).isEqualTo("America/Chicago");
        assertThat(changed.get("jurisdiction")).isEqualTo("US-MO");
    }

    @Test
    void aProfileChangeToAZoneThatDoesNotExistIsRefused() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);

        refused(() -> http.exchange(worker.authorize(HttpRequest.PATCH("/api/me", Map.of("timeZone", "Europe/Atlantis")))))
                .hasStatus(400).namesFields("timeZone");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndSignsOutOtherDevices() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/me/password",
                Map.of("currentPassword", "not the password", "newPassword", "a brand new passphrase")))))
                .hasStatus(400).namesFields("currentPassword");

        HttpResponse<?> changed = http.exchange(worker.authorize(HttpRequest.PUT("/api/me/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "a brand new passphrase"))));
        assertThat((Object) changed.status()).isEqualTo(HttpStatus.NO_CONTENT);

        refused(() -> http.exchange(HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", worker.refreshToken()))))
                .hasStatus(400).hasType("invalid-grant");
        TestAccounts.signIn(http, worker.handle(), "a brand new passphrase");
    }

    @Test
    void theProfileNeedsASignIn() {
        refused(() -> http.exchange(HttpRequest.GET("/api/me"))).hasStatus(401).hasType("unauthenticated");
    }

    @Test
    void onlyAnAdminOpensAccountsOfOtherRoles() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        Map<String, Object> organizer = registration(TestAccounts.uniqueHandle("union-rep"));
        organizer.put("role", "ORGANIZER");

        refused(() -> http.exchange(worker.authorize(HttpRequest.POST("/api/admin/accounts", organizer))))
                .hasStatus(403).hasType("forbidden");

        SignedIn admin = TestAccounts.admin(http);
        Map<?, ?> created = http.retrieve(admin.authorize(HttpRequest.POST("/api/admin/accounts", organizer)), Map.class);
        assertThat(created.get("role")).isEqualTo("ORGANIZER");
    }
}
