package coop.steward.grievance;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class GrievanceControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    SignedIn worker;
    UUID gig;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
        gig = LedgerFixtures.recordGig(http, worker);
    }

    @Test
    void aGrievanceIsCreatedOnceByPutAndEntersTheWorkersChain() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = GrievanceFixtures.unpaidFortnight(gig);

        HttpResponse<Map> created = http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + id, body)), Map.class);
        HttpResponse<Map> retry = http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + id, body)), Map.class);

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.getHeaders().get("ETag")).isEqualTo("\"1\"");
        assertThat(created.body()).containsEntry("id", id.toString()).containsEntry("category", "NON_PAYMENT")
                .containsEntry("amountAtStakeMinor", 41250).containsEntry("status", "OPEN")
                .containsEntry("recordedLate", true);
        assertThat(retry.body()).isEqualTo(created.body());
        assertThat(GrievanceFixtures.verification(http, worker)).containsEntry("entries", 2).containsEntry("valid", true);
    }

    @Test
    void resolvingAGrievanceIsACorrectionThatKeepsItsHistory() {
        UUID id = GrievanceFixtures.record(http, worker, GrievanceFixtures.unpaidFortnight(gig));
        Map<String, Object> resolved = GrievanceFixtures.unpaidFortnight(gig);
        resolved.put("status", "RESOLVED");

        HttpResponse<Map> corrected = http.exchange(worker.authorize(
                HttpRequest.PUT("/api/grievances/" + id, resolved).header("If-Match", "\"1\"")), Map.class);

        assertThat(corrected.code()).isEqualTo(200);
        assertThat(corrected.body()).containsEntry("revision", 2).containsEntry("status", "RESOLVED");
        List<Map> history = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + id + "/history")),
                Argument.listOf(Map.class));
        assertThat(history).extracting(h -> (Object) h.get("operation")).containsExactly("CREATE", "CORRECT");
        assertThat(history).extracting(h -> (Object) ((Map<?, ?>) h.get("record")).get("status"))
                .containsExactly("OPEN", "RESOLVED");
        assertThat(GrievanceFixtures.verification(http, worker)).containsEntry("entries", 3).containsEntry("valid", true);
    }

    @Test
    void aDeletedGrievanceLeavesATombstoneAndLeavesTheList() {
        UUID id = GrievanceFixtures.record(http, worker, GrievanceFixtures.unpaidFortnight(gig));

        http.exchange(worker.authorize(HttpRequest.DELETE("/api/grievances/" + id)));

        refused(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/grievances/" + id)))).hasStatus(404);
        List<Map> listed = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances")), Argument.listOf(Map.class));
        assertThat(listed).isEmpty();
        List<Map> history = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + id + "/history")),
                Argument.listOf(Map.class));
        assertThat(history).extracting(h -> (Object) h.get("operation")).containsExactly("CREATE", "DELETE");
    }

    @Test
    void anUnknownCategoryOrAnEmptyNarrativeIsRefusedAndNothingIsWritten() {
        Map<String, Object> unknown = GrievanceFixtures.unpaidFortnight(gig);
        unknown.put("category", "BAD_VIBES");
        Map<String, Object> empty = GrievanceFixtures.unpaidFortnight(gig);
        empty.put("narrative", "   ");

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + UUID.randomUUID(), unknown))))
                .hasStatus(400).namesFields("category");
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + UUID.randomUUID(), empty))))
                .hasStatus(400).namesFields("narrative");
        assertThat(GrievanceFixtures.entries(http, worker)).isEqualTo(1);
    }

    @Test
    void anAmountWithoutItsCurrencyIsRefused() {
        Map<String, Object> body = GrievanceFixtures.unpaidFortnight(gig);
        body.remove("currency");

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + UUID.randomUUID(), body))))
                .hasStatus(400).namesFields("currency");
    }

    @Test
    void anotherWorkersEngagementCannotBeNamed() {
        SignedIn nairobi = TestAccounts.nairobiWorker(http);
        UUID theirGig = LedgerFixtures.recordGig(http, nairobi);

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + UUID.randomUUID(),
                GrievanceFixtures.unpaidFortnight(theirGig))))).hasStatus(400).namesFields("engagementId");
    }

    @Test
    void onlyTheOwnerSeesAGrievanceEveryoneElseIsToldItDoesNotExist() {
        UUID id = GrievanceFixtures.record(http, worker, GrievanceFixtures.removedAfterReport(gig));
        List<SignedIn> others = List.of(TestAccounts.nairobiWorker(http), TestAccounts.withRole(http, "ORGANIZER"),
                TestAccounts.withRole(http, "VENDOR"), TestAccounts.admin(http));

        for (SignedIn other : others) {
            String base = "/api/grievances/" + id;
            refused(() -> http.exchange(other.authorize(HttpRequest.GET(base)))).hasStatus(404);
            refused(() -> http.exchange(other.authorize(HttpRequest.GET(base + "/history")))).hasStatus(404);
            refused(() -> http.exchange(other.authorize(HttpRequest.GET(base + "/attachments")))).hasStatus(404);
            refused(() -> http.exchange(other.authorize(HttpRequest.POST(base + "/letters",
                    Map.of("kind", "SUBJECT_ACCESS_REQUEST"))))).hasStatus(404);
            refused(() -> http.exchange(other.authorize(HttpRequest.DELETE(base)))).hasStatus(404);
            refused(() -> http.exchange(other.authorize(HttpRequest.PUT(base,
                    GrievanceFixtures.removedAfterReport(gig))))).hasStatus(404);
            List<Map> theirs = http.retrieve(other.authorize(HttpRequest.GET("/api/grievances")), Argument.listOf(Map.class));
            assertThat(theirs).extracting(g -> (Object) g.get("id")).doesNotContain(id.toString());
        }
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + id)), Map.class))
                .containsEntry("status", "OPEN");
    }
}
