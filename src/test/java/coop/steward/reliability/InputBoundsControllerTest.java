package coop.steward.reliability;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the API once accepted and then could not keep: dates the databases shift, instants they round, text
 * they cannot store, sums that wrap and periods that never end. Each is refused with a 400 naming the field,
 * and what is accepted reads back exactly, so the chain stays verifiable.
 */
@MicronautTest(transactional = false)
class InputBoundsControllerTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"1582-10-04", "1500-03-01", "0000-01-01", "-0001-01-01", "1969-12-31", "2200-01-01",
            "9999-12-31", "+10000-01-01"})
    void aDateOutsideTheSupportedRangeIsRefusedNamingItsField(String date) {
        Map<String, Object> gigBody = LedgerFixtures.kansasCityRlhfGig();
        gigBody.put("startDate", date);
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + UUID.randomUUID(), gigBody))))
                .hasStatus(400).hasType("validation").namesFields("startDate");
        assertChainValid();
    }

    @Test
    void theFirstAndLastSupportedDatesAreKeptExactly() {
        Map<String, Object> gigBody = LedgerFixtures.kansasCityRlhfGig();
        gigBody.put("startDate", "1970-01-01");
        gigBody.put("endDate", "2199-12-31");
        UUID id = UUID.randomUUID();
        assertThat(http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, gigBody))).code())
                .isEqualTo(201);
        Map<String, Object> stored = http.retrieve(worker.authorize(HttpRequest.GET("/api/engagements/" + id)),
                Argument.mapOf(String.class, Object.class));
        assertThat(stored).containsEntry("startDate", "1970-01-01").containsEntry("endDate", "2199-12-31");
        assertThat(http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, gigBody))).code())
                .as("the identical retry is the same record, not a conflict").isEqualTo(201);
        assertChainValid();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-05T23:00:00.1234567Z", "2026-10-05T23:00:00.123456789Z", "1969-12-31T23:59:59Z",
            "1500-01-01T00:00:00Z", "2200-01-01T00:00:00Z"})
    void anInstantOutsideTheSupportedRangeOrFinerThanMicrosecondsIsRefused(String startedAt) {
        Map<String, Object> session = LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z"));
        session.put("startedAt", startedAt);
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), session))))
                .hasStatus(400).hasType("validation").namesFields("startedAt");
        assertChainValid();
    }

    @Test
    void anInstantWithMicrosecondsIsKeptExactlySoItsRetryIsTheSameRecord() {
        Map<String, Object> session = LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z"));
        session.put("startedAt", "2026-10-05T22:59:59.123456Z");
        session.put("note", "waited on the queue \uD83D\uDE00 again — ça suffit");
        UUID id = UUID.randomUUID();
        assertThat(http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + id, session))).code()).isEqualTo(201);
        assertThat(http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + id, session))).code())
                .as("the identical retry is the same record, not a conflict").isEqualTo(201);
        Map<String, Object> stored = http.retrieve(worker.authorize(HttpRequest.GET("/api/sessions/" + id)),
                Argument.mapOf(String.class, Object.class));
        assertThat(stored).containsEntry("startedAt", "2026-10-05T22:59:59.123456Z")
                .containsEntry("note", "waited on the queue \uD83D\uDE00 again — ça suffit");
        assertChainValid();
    }

    @Test
    void aLoneSurrogateInTextIsRefusedNamingItsField() {
        String body = ("{\"engagementId\":\"%s\",\"startedAt\":\"2026-10-05T23:00:00Z\",\"endedAt\":\"2026-10-06T01:00:00Z\","
                + "\"timeZone\":\"America/Chicago\",\"paidMinutes\":90,\"tasksDone\":1,\"tasksRejected\":0,"
                + "\"supportOffered\":false,\"note\":\"broken \\ud800 half\"}").formatted(gig);
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), body)
                .contentType(MediaType.APPLICATION_JSON_TYPE))))
                .hasStatus(400).hasType("validation").namesFields("note");
        assertChainValid();
    }

    @Test
    void feesThatWouldWrapAroundTheNetCheckAreRefused() {
        Map<String, Object> payment = LedgerFixtures.weeklyPayout(gig, "2026-10-09", "2026-10-01", "2026-10-07");
        payment.put("grossMinor", 0);
        payment.put("platformFeesMinor", Long.MAX_VALUE);
        payment.put("transferFeesMinor", Long.MAX_VALUE);
        payment.put("netMinor", 2);
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(), payment))))
                .hasStatus(400).hasType("validation").namesFields("platformFeesMinor", "transferFeesMinor");
        assertChainValid();
    }

    @Test
    void anAgreedRateBeyondTheLargestAmountIsRefused() {
        Map<String, Object> gigBody = LedgerFixtures.kansasCityRlhfGig();
        gigBody.put("agreedRateMinor", 1_000_000_000_001L);
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + UUID.randomUUID(), gigBody))))
                .hasStatus(400).hasType("validation").namesFields("agreedRateMinor");
    }

    @Test
    void aPaymentPeriodLongerThanAYearIsRefusedAndAssessmentsStillRun() {
        Map<String, Object> payment = LedgerFixtures.weeklyPayout(gig, "2026-10-09", "1970-01-01", "2026-10-07");
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(), payment))))
                .hasStatus(400).hasType("validation").namesFields("periodEnd");
        Map<String, Object> yearly = LedgerFixtures.weeklyPayout(gig, "2026-10-09", "2025-10-08", "2026-10-07");
        assertThat(http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(), yearly))).code())
                .isEqualTo(201);
        assertThat(http.exchange(worker.authorize(HttpRequest.GET("/api/ledger/summary?from=2026-09-01&to=2026-10-31")))
                .code()).isEqualTo(200);
    }

    @Test
    void aPackForTheLargestDateIsRefusedNamingItsField() {
        Map<String, Object> pack = Map.of("from", "2026-09-01", "to", "9999-12-31", "language", "en");
        refused(() -> http.exchange(worker.authorize(HttpRequest.POST("/api/evidence-packs", pack))))
                .hasStatus(400).hasType("validation").namesFields("to");
    }

    @Test
    void aCsvWithAnUnclosedQuoteIsRefusedAndNothingIsImported() {
        String csv = "engagement_id,started_at,ended_at,time_zone,paid_minutes\n"
                + gig + ",2026-10-05T23:00:00Z,2026-10-06T01:00:00Z,\"America/Chicago,90\n";
        refused(() -> http.exchange(worker.authorize(HttpRequest.POST("/api/import/sessions", csv)
                .contentType(MediaType.of("text/csv")))))
                .hasStatus(400).hasType("validation").namesFields("body");
        assertChainValid();
    }

    @Test
    void aStillValidTokenOfAnErasedAccountIsUnauthenticated() {
        HttpResponse<?> erased = http.exchange(worker.authorize(HttpRequest.DELETE("/api/me",
                Map.of("password", TestAccounts.PASSWORD))));
        assertThat(erased.code()).isEqualTo(204);
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + UUID.randomUUID(),
                LedgerFixtures.kansasCityRlhfGig()))))
                .hasStatus(401).hasType("unauthenticated");
        refused(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/me")))).hasStatus(401);
    }

    private void assertChainValid() {
        Map<String, Object> verification = http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")),
                Argument.mapOf(String.class, Object.class));
        assertThat(verification).containsEntry("valid", true);
    }
}
