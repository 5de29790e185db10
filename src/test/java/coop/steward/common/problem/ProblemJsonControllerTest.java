package coop.steward.common.problem;

import coop.steward.support.ProblemAssert.Problem;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Property(name = "spec.name", value = "ProblemJsonControllerTest")
class ProblemJsonControllerTest {

    private static final String SECRET = "jdbc-password=Kx9-hunter2";

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        complete(refused(() -> http.exchange(HttpRequest.GET("/api/no-such-thing"))))
                .hasStatus(404).hasType("not-found");
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() {
        complete(refused(() -> http.exchange(HttpRequest.DELETE("/api/accounts"))))
                .hasStatus(405).hasType("method-not-allowed");
    }

    @Test
    void aBodyOfAnUnsupportedContentTypeIsRefused() {
        complete(refused(() -> http.exchange(HttpRequest.POST("/api/accounts", "handle=kc-labeler")
                .contentType(MediaType.TEXT_PLAIN_TYPE))))
                .hasStatus(415).hasType("unsupported-media-type");
    }

    @Test
    void aJsonBodyOverOneMegabyteIsRefused() {
        String narrative = "unpaid onboarding ".repeat(60_000);

        complete(refused(() -> http.exchange(HttpRequest.POST("/api/accounts",
                Map.of("handle", "kc-labeler", "password", narrative)))))
                .hasStatus(413).hasType("payload-too-large");
    }

    @Test
    void malformedJsonIsRefused() {
        complete(refused(() -> http.exchange(HttpRequest.POST("/api/accounts", "{\"handle\": [")
                .contentType(MediaType.APPLICATION_JSON_TYPE))))
                .hasStatus(400).hasType("malformed-request");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsFieldWithoutNamingOurClasses() {
        Problem problem = complete(refused(() -> http.exchange(HttpRequest.POST("/api/accounts",
                "{\"handle\": {\"first\": \"Amani\"}, \"password\": \"a sturdy passphrase 2026\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE))));

        problem.hasStatus(400).hasType("validation").namesFields("handle");
        assertThat(problem.raw()).doesNotContain("coop.steward");
    }

    @Test
    void anUnknownRoleNamesTheRoleField() {
        SignedIn admin = TestAccounts.admin(http);

        complete(refused(() -> http.exchange(admin.authorize(HttpRequest.POST("/api/admin/accounts",
                "{\"handle\": \"amani-k\", \"role\": \"SUPERVISOR\", \"password\": \"a sturdy passphrase 2026\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)))))
                .hasStatus(400).hasType("validation").namesFields("role");
    }

    @Test
    void aSignedInRouteWithoutATokenIsUnauthenticated() {
        complete(refused(() -> http.exchange(HttpRequest.GET("/api/me"))))
                .hasStatus(401).hasType("unauthenticated");
    }

    @Test
    void aWorkerOnAnAdminRouteIsForbidden() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);

        complete(refused(() -> http.exchange(worker.authorize(HttpRequest.POST("/api/admin/accounts", Map.of(
                "handle", TestAccounts.uniqueHandle("self-promoted"), "password", TestAccounts.PASSWORD,
                "role", "ADMIN", "locale", "en", "timeZone", "UTC", "jurisdiction", "US"))))))
                .hasStatus(403).hasType("forbidden");
    }

    @Test
    void anUnexpectedFailureSaysNothingAboutItsCause() {
        Problem problem = complete(refused(() -> http.exchange(HttpRequest.GET("/test/failing"))))
                .hasStatus(500).hasType("internal");

        assertThat(problem.body()).doesNotContainKey("detail");
        assertThat(problem.raw()).doesNotContain(SECRET, "hunter2", "IllegalStateException", "at coop.steward",
                "FailingController");
    }

    private static Problem complete(Problem problem) {
        assertThat(problem.body()).containsKeys("type", "title", "status");
        assertThat((String) problem.body().get("title")).isNotBlank();
        return problem;
    }

    @Controller("/test/failing")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "spec.name", value = "ProblemJsonControllerTest")
    static class FailingController {

        @Get
        String fail() {
            throw new IllegalStateException("cannot reach the database with " + SECRET);
        }
    }
}
