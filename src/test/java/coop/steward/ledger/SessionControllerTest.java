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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@SuppressWarnings("unchecked")
class SessionControllerTest {

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
    void aSessionKeepsItsPaidAndUnpaidMinutesAndIsMarkedLateWhenRecordedDaysAfter() {
        Instant start = Instant.parse("2026-10-06T23:00:00Z");
        UUID id = UUID.randomUUID();

        HttpResponse<Map> created = http.exchange(worker.authorize(
                HttpRequest.PUT("/api/sessions/" + id, LedgerFixtures.eveningSession(gig, start))), Map.class);

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).containsEntry("paidMinutes", 90).containsEntry("recordedLate", true);
        assertThat((Map<Object, Object>) created.body().get("unpaidMinutes")).containsEntry("WAITING_FOR_TASKS", 30)
                .containsEntry("ONBOARDING_AND_TESTS", 0);
    }

    @Test
    void aSessionNeedsOnlyItsGigTimesZoneAndPaidMinutes() {
        Map<String, Object> minimal = Map.of("engagementId", gig.toString(), "startedAt", "2026-10-06T23:00:00Z",
                "endedAt", "2026-10-07T01:00:00Z", "timeZone", "America/Chicago", "paidMinutes", 120);

        Map<?, ?> created = http.retrieve(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), minimal)), Map.class);

        assertThat(created.get("tasksDone")).isEqualTo(0);
        assertThat(created.get("exposure")).isEqualTo("NONE");
        assertThat(created.get("supportOffered")).isEqualTo(false);
    }

    @Test
    void minutesMayNotAddUpToMoreThanTheSessionLastedAcrossTheSpringForward() {
        // 01:30 CST to 03:30 CDT on 8 March 2026 is one hour, not two: the clocks jumped at 02:00.
        Map<String, Object> night = LedgerFixtures.eveningSession(gig, Instant.parse("2026-03-08T07:30:00Z"));
        night.put("endedAt", "2026-03-08T08:30:00Z");
        night.put("paidMinutes", 100);
        night.put("unpaidMinutes", Map.of());

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), night))))
                .hasStatus(400).namesFields("paidMinutes");
    }

    @Test
    void badSessionsAreRefusedByFieldAndNothingIsWritten() {
        Instant start = Instant.parse("2026-10-06T23:00:00Z");
        Map<String, Map<String, Object>> cases = Map.of(
                "endedAt", with(start, "endedAt", "2026-10-06T22:00:00Z"),
                "timeZone", with(start, "timeZone", "America/Springfield"),
                "unpaidMinutes[DAYDREAMING]", with(start, "unpaidMinutes", Map.of("DAYDREAMING", 10)),
                "paidMinutes", with(start, "paidMinutes", -5),
                "exposure", with(start, "exposure", "MILD"),
                "engagementId", with(start, "engagementId", UUID.randomUUID().toString()));
        cases.forEach((field, body) -> refused(() -> http.exchange(worker.authorize(
                HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), body)))).hasStatus(400).namesFields(field));

        Map<String, Object> marathon = with(start, "endedAt", start.plusSeconds(25 * 3600).toString());
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), marathon))))
                .hasStatus(400).namesFields("endedAt");

        assertThat(verification()).containsEntry("entries", 1);
    }

    @Test
    void aGigThatIsNotOneOfTheWorkersLiveOnesIsRefusedByItsFieldAndNothingIsWritten() {
        Instant start = Instant.parse("2026-10-06T23:00:00Z");
        SignedIn other = TestAccounts.nairobiWorker(http);
        UUID othersGig = LedgerFixtures.recordGig(http, other);
        UUID endedGig = LedgerFixtures.recordGig(http, worker);
        http.exchange(worker.authorize(HttpRequest.DELETE("/api/engagements/" + endedGig)));

        for (UUID notMine : List.of(othersGig, endedGig)) {
            refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(),
                    with(start, "engagementId", notMine.toString()))))).hasStatus(400).namesFields("engagementId");
        }
        Map<String, Object> twiceWrong = with(start, "engagementId", othersGig.toString());
        twiceWrong.put("endedAt", "2026-10-06T22:00:00Z");   // before it started: a rule across fields
        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), twiceWrong))))
                .hasStatus(400).namesFields("endedAt", "engagementId");

        assertThat(verification()).as("the two gigs and the deletion, no session").containsEntry("entries", 3);
    }

    @Test
    void aRunningTimerHasNoEndAndIsClosedByACorrection() {
        Map<String, Object> running = LedgerFixtures.eveningSession(gig, Instant.parse("2026-11-20T15:00:00Z"));
        running.remove("endedAt");
        running.put("paidMinutes", 0);
        running.put("unpaidMinutes", Map.of());
        UUID id = LedgerFixtures.recordSession(http, worker, running);

        Map<String, Object> stopped = LedgerFixtures.eveningSession(gig, Instant.parse("2026-11-20T15:00:00Z"));
        Map<?, ?> closed = http.retrieve(worker.authorize(HttpRequest.PUT("/api/sessions/" + id, stopped)
                .header("If-Match", "\"1\"")), Map.class);

        assertThat(closed.get("revision")).isEqualTo(2);
        assertThat(closed.get("endedAt")).isEqualTo("2026-11-20T17:00:00Z");
    }

    @Test
    void theWeeklySummaryIsRightAcrossMidnightAndTheSpringForward() {
        // Hand-worked, America/Chicago; DST began Sunday 8 March 2026 at 02:00 (CST -6 → CDT -5).
        // S1 Sat 7 Mar 22:00 CST → Sun 8 Mar 03:30 CDT: 4 h 30 min elapsed = 270 min (240 paid + 30 waiting); starts in W10.
        put(session("2026-03-08T04:00:00Z", "2026-03-08T08:30:00Z", 240, Map.of("WAITING_FOR_TASKS", 30)));
        // S2 Sun 8 Mar 23:00 CDT → Mon 9 Mar 01:00 CDT: 120 min (90 paid + 30 instructions); starts Sunday, so W10.
        put(session("2026-03-09T04:00:00Z", "2026-03-09T06:00:00Z", 90, Map.of("INSTRUCTIONS_AND_TRAINING", 30)));
        // S3 Mon 9 Mar 09:00 → 11:00 CDT: 120 min paid; W11.
        put(session("2026-03-09T14:00:00Z", "2026-03-09T16:00:00Z", 120, Map.of()));
        // Paid Friday 13 March (W11) for the 7.5 paid hours at $15: $112.50 gross, $2.25 + $1.00 fees, $109.25 net.
        Map<String, Object> pay = LedgerFixtures.weeklyPayout(gig, "2026-03-13", "2026-03-02", "2026-03-09");
        pay.putAll(Map.of("grossMinor", 11250, "platformFeesMinor", 225, "transferFeesMinor", 100, "netMinor", 10925));
        http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(), pay)));

        Map<String, Object> summary = http.retrieve(worker.authorize(
                HttpRequest.GET("/api/ledger/summary?from=2026-03-02&to=2026-03-15")), Argument.mapOf(String.class, Object.class));

        List<Map<String, Object>> weeks = (List<Map<String, Object>>) summary.get("weeks");
        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0)).containsEntry("week", "2026-W10").containsEntry("paidMinutes", 330)
                .containsEntry("totalMinutes", 390).containsEntry("netMinor", 0);
        assertThat((Map<Object, Object>) weeks.get(0).get("unpaidMinutes")).containsEntry("WAITING_FOR_TASKS", 30)
                .containsEntry("INSTRUCTIONS_AND_TRAINING", 30);
        assertThat(weeks.get(1)).containsEntry("week", "2026-W11").containsEntry("paidMinutes", 120)
                .containsEntry("totalMinutes", 120).containsEntry("grossMinor", 11250).containsEntry("feesMinor", 325)
                .containsEntry("netMinor", 10925);
        // All time: $109.25 net over 510 minutes = 10925 × 60 ÷ 510 = 1285.29 → $12.85 an hour.
        Map<String, Object> totals = ((List<Map<String, Object>>) summary.get("engagements")).get(0);
        assertThat(totals).containsEntry("totalMinutes", 510).containsEntry("netMinor", 10925)
                .containsEntry("effectiveHourlyMinor", 1285);
        assertThat((String) totals.get("formula")).isEqualTo("USD 109.25 net × 60 ÷ 510 min = USD 12.85 per hour");
    }

    @Test
    void aSummaryNeedsAPeriodThatMakesSense() {
        refused(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/ledger/summary?from=2026-03-15&to=2026-03-01"))))
                .hasStatus(400).namesFields("to");
        refused(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/ledger/summary?to=2026-03-01"))))
                .hasStatus(400).namesFields("from");
        refused(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/ledger/summary?from=2026-02-30&to=2026-03-01"))))
                .hasStatus(400).namesFields("from");
    }

    private Map<String, Object> session(String start, String end, int paid, Map<String, Integer> unpaid) {
        Map<String, Object> body = LedgerFixtures.eveningSession(gig, Instant.parse(start));
        body.put("endedAt", end);
        body.put("paidMinutes", paid);
        body.put("unpaidMinutes", unpaid);
        return body;
    }

    private void put(Map<String, Object> body) {
        LedgerFixtures.recordSession(http, worker, body);
    }

    private Map<String, Object> with(Instant start, String field, Object value) {
        Map<String, Object> body = LedgerFixtures.eveningSession(gig, start);
        body.put(field, value);
        return body;
    }

    private Map<String, Object> verification() {
        return http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")), Argument.mapOf(String.class, Object.class));
    }
}
