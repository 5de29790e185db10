package coop.steward.ledger;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class LedgerPrivacyControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anotherWorkerAnOrganizerAVendorAndAnAdminAllGetNotFoundForAWorkersRecords() {
        BlockingHttpClient http = client.toBlocking();
        SignedIn owner = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, owner);
        UUID session = LedgerFixtures.recordSession(http, owner, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z")));
        UUID payment = UUID.randomUUID();
        http.exchange(owner.authorize(HttpRequest.PUT("/api/payments/" + payment,
                LedgerFixtures.weeklyPayout(gig, "2026-10-09", "2026-10-05", "2026-10-09"))));
        List<SignedIn> others = List.of(TestAccounts.nairobiWorker(http), TestAccounts.withRole(http, "ORGANIZER"),
                TestAccounts.withRole(http, "VENDOR"), TestAccounts.admin(http));
        Map<String, UUID> records = Map.of("/api/engagements/", gig, "/api/sessions/", session, "/api/payments/", payment);
        List<Function<String, MutableHttpRequest<?>>> attempts = List.of(
                HttpRequest::GET,
                path -> HttpRequest.GET(path + "/history"),
                HttpRequest::DELETE);

        for (SignedIn other : others) {
            records.forEach((collection, id) -> attempts.forEach(attempt -> refused(() ->
                    http.exchange(other.authorize(attempt.apply(collection + id)))).hasStatus(404)));
            refused(() -> http.exchange(other.authorize(HttpRequest.PUT("/api/engagements/" + gig,
                    LedgerFixtures.kansasCityRlhfGig())))).hasStatus(404);
            refused(() -> http.exchange(other.authorize(HttpRequest.PUT("/api/engagements/" + gig,
                    LedgerFixtures.kansasCityRlhfGig()).header("If-Match", "\"1\"")))).hasStatus(404);
            assertThat(http.retrieve(other.authorize(HttpRequest.GET("/api/sessions")), Argument.listOf(Map.class)))
                    .noneMatch(s -> s.get("id").equals(session.toString()));
        }

        Map<?, ?> untouched = http.retrieve(owner.authorize(HttpRequest.GET("/api/ledger/verify")), Map.class);
        assertThat(untouched.get("entries")).isEqualTo(3);
        assertThat(untouched.get("valid")).isEqualTo(true);
    }
}
