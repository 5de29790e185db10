package coop.steward.ledger;

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
class EngagementControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    SignedIn worker;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
    }

    @Test
    void aGigIsCreatedByPutWithTheIdThePhoneChose() {
        UUID id = UUID.randomUUID();

        HttpResponse<Map> created = http.exchange(
                worker.authorize(HttpRequest.PUT("/api/engagements/" + id, LedgerFixtures.kansasCityRlhfGig())), Map.class);

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/engagements/" + id);
        assertThat(created.getHeaders().get("ETag")).isEqualTo("\"1\"");
        assertThat(created.body()).containsEntry("id", id.toString()).containsEntry("revision", 1)
                .containsEntry("vendorName", "Invisible Technologies").containsEntry("agreedRateMinor", 1500);
    }

    @Test
    void aRetriedPutAnswersTheSameAndStoresNothingNew() {
        UUID id = UUID.randomUUID();
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        HttpResponse<Map> first = http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, gig)), Map.class);

        HttpResponse<Map> retry = http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, gig)), Map.class);

        assertThat(retry.code()).isEqualTo(first.code());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(verification()).containsEntry("entries", 1).containsEntry("valid", true);
    }

    @Test
    void aCorrectionNamesTheRevisionItCorrectsAndKeepsTheOldOne() {
        UUID id = LedgerFixtures.recordGig(http, worker);
        Map<String, Object> raised = LedgerFixtures.kansasCityRlhfGig();
        raised.put("agreedRateMinor", 1650);

        HttpResponse<Map> corrected = http.exchange(worker.authorize(
                HttpRequest.PUT("/api/engagements/" + id, raised).header("If-Match", "\"1\"")), Map.class);

        assertThat(corrected.code()).isEqualTo(200);
        assertThat(corrected.body()).containsEntry("revision", 2).containsEntry("agreedRateMinor", 1650);
        List<Map> history = http.retrieve(worker.authorize(HttpRequest.GET("/api/engagements/" + id + "/history")),
                Argument.listOf(Map.class));
        assertThat(history).extracting(h -> (Object) h.get("operation")).containsExactly("CREATE", "CORRECT");
        assertThat(history).extracting(h -> (Object) ((Map<?, ?>) h.get("record")).get("agreedRateMinor")).containsExactly(1500, 1650);
    }

    @Test
    void aDifferentPutWithoutIfMatchIsAConflictAndAStaleIfMatchFailsThePrecondition() {
        UUID id = LedgerFixtures.recordGig(http, worker);
        Map<String, Object> changed = LedgerFixtures.kansasCityRlhfGig();
        changed.put("vendorName", "Outlier");

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, changed))))
                .hasStatus(409).hasType("record-exists");
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, changed).header("If-Match", "\"7\""))))
                .hasStatus(412).hasType("precondition-failed").namesFields("If-Match");
        assertThat(verification()).containsEntry("entries", 1);
    }

    @Test
    void aDeletionLeavesATombstoneInTheHistory() {
        UUID id = LedgerFixtures.recordGig(http, worker);

        HttpResponse<?> deleted = http.exchange(worker.authorize(HttpRequest.DELETE("/api/engagements/" + id)));
        http.exchange(worker.authorize(HttpRequest.DELETE("/api/engagements/" + id)));

        assertThat(deleted.code()).isEqualTo(204);
        refused(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/engagements/" + id)))).hasStatus(404);
        List<Map> history = http.retrieve(worker.authorize(HttpRequest.GET("/api/engagements/" + id + "/history")),
                Argument.listOf(Map.class));
        assertThat(history).extracting(h -> (Object) h.get("operation")).containsExactly("CREATE", "DELETE");
        assertThat(verification()).containsEntry("entries", 2).containsEntry("valid", true);
    }

    @Test
    void aRateWithAFractionOfACentIsRefused() {
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        gig.put("agreedRateMinor", 1500.5);

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + UUID.randomUUID(), gig))))
                .hasStatus(400).namesFields("agreedRateMinor");
    }

    @Test
    void anUnknownTaskKindOrCurrencyIsRefusedByName() {
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        gig.put("currency", "XYZ");
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + UUID.randomUUID(), gig))))
                .hasStatus(400).namesFields("currency");

        Map<String, Object> other = LedgerFixtures.kansasCityRlhfGig();
        other.put("taskKind", "VIBES");
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + UUID.randomUUID(), other))))
                .hasStatus(400).namesFields("taskKind");
    }

    @Test
    void aGigInTheKansasCityMetroNamesItsWageAreaAndTheChainStillVerifies() {
        UUID id = UUID.randomUUID();
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        gig.put("wageArea", "kansas-city-mo-ks");

        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, gig)), Map.class);

        Map<String, Object> stored = http.retrieve(worker.authorize(HttpRequest.GET("/api/engagements/" + id)),
                Argument.mapOf(String.class, Object.class));
        assertThat(stored).containsEntry("wageArea", "kansas-city-mo-ks").containsEntry("jurisdiction", "US-MO");
        assertThat(verification()).containsEntry("entries", 1).containsEntry("valid", true);
    }

    @Test
    void aWageAreaTheJurisdictionDoesNotListIsRefusedByNameAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        gig.put("wageArea", "johnson-county-ks");

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, gig))))
                .hasStatus(400).namesFields("wageArea");
        gig.put("jurisdiction", "KE");
        gig.put("wageArea", "nairobi");
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, gig))))
                .hasStatus(400).namesFields("wageArea");

        refused(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/engagements/" + id)))).hasStatus(404);
        assertThat(verification()).containsEntry("entries", 0);
    }

    private Map<String, Object> verification() {
        return http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")),
                Argument.mapOf(String.class, Object.class));
    }
}
