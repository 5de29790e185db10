package coop.steward.organizing.rollup;

import coop.steward.ledger.transfer.SessionCsv;
import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class RollupRebuildTest {

    private static final YearMonth FROM = YearMonth.of(2020, 1);
    private static final YearMonth TO = YearMonth.of(2030, 12);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Rollups rollups;

    @Inject
    RollupTable table;

    @Inject
    TransactionOperations<Connection> transactions;

    BlockingHttpClient http;
    SignedIn worker;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
    }

    @Test
    void theRebuildGivesExactlyTheRowsMaintainedOnWriteAfterCorrectionsDeletionsGrievancesAndAGigsNewVendor() {
        UUID gig = LedgerFixtures.recordGig(http, worker);
        UUID nairobiGig = UUID.randomUUID();
        Map<String, Object> kenyan = LedgerFixtures.kansasCityRlhfGig();
        kenyan.putAll(Map.of("vendorName", "Sama", "currency", "KES", "agreedRateMinor", 30000, "jurisdiction", "KE",
                "taskKind", "CONTENT_MODERATION", "startDate", "2025-12-01"));
        put("/api/engagements/" + nairobiGig, kenyan);
        // Sessions across the end of September: the week of 28 September counts once, in September (its first day of work).
        UUID corrected = session(gig, "2026-09-29T23:00:00Z");
        session(gig, "2026-10-01T23:00:00Z");
        UUID deleted = session(gig, "2026-10-06T23:00:00Z");
        session(nairobiGig, "2026-01-12T07:00:00Z");
        // Paid 38 days after its period: late against the gig's 30 days.
        payment(gig, "2026-11-11", "2026-09-28", "2026-10-04");
        UUID removedPayment = payment(gig, "2026-10-20", "2026-10-05", "2026-10-11");
        Map<String, Object> kes = LedgerFixtures.weeklyPayout(nairobiGig, "2026-01-20", "2026-01-12", "2026-01-18");
        kes.putAll(Map.of("currency", "KES", "grossMinor", 2_000_000, "platformFeesMinor", 0, "transferFeesMinor", 0,
                "netMinor", 2_000_000));
        put("/api/payments/" + UUID.randomUUID(), kes);
        grievance(gig, "LATE_PAYMENT", "2026-11-12");
        UUID withdrawn = grievance(gig, "UNPAID_WORK", "2026-10-02");

        Map<String, Object> longer = LedgerFixtures.eveningSession(gig, Instant.parse("2026-09-29T23:00:00Z"));
        longer.put("endedAt", "2026-09-30T02:00:00Z");
        longer.put("paidMinutes", 150);
        http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + corrected, longer).header("If-Match", "\"1\"")));
        http.exchange(worker.authorize(HttpRequest.DELETE("/api/sessions/" + deleted)));
        http.exchange(worker.authorize(HttpRequest.DELETE("/api/payments/" + removedPayment)));
        http.exchange(worker.authorize(HttpRequest.DELETE("/api/grievances/" + withdrawn)));
        Map<String, Object> renamed = LedgerFixtures.kansasCityRlhfGig();
        renamed.put("vendorName", "Outlier");
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + gig, renamed).header("If-Match", "\"1\"")));

        rollups.refreshPending();
        List<RollupRow> maintained = rollups.forWorkers(List.of(worker.id()), FROM, TO);

        RollupRow september = row(maintained, gig, YearMonth.of(2026, 9));
        assertThat(september.vendorName()).isEqualTo("Outlier");
        assertThat(september.sessions()).isEqualTo(1);
        assertThat(september.paidMinutes()).isEqualTo(150);
        assertThat(september.unpaidMinutes()).containsEntry("WAITING_FOR_TASKS", 30).containsEntry("ADMIN", 0);
        assertThat(september.workerWeeks()).isEqualTo(1);
        assertThat(september.weeksAssessedMinimum()).isEqualTo(1);
        RollupRow october = row(maintained, gig, YearMonth.of(2026, 10));
        assertThat(october.sessions()).isEqualTo(1);
        assertThat(october.payments()).isEqualTo(1);
        assertThat(october.latePayments()).isEqualTo(1);
        assertThat(october.workerWeeks()).isZero();
        assertThat(october.grievances()).containsEntry("UNPAID_WORK", 0);
        // The payout's net (438.00) is spread over the two sessions by their minutes: 180 of 300 in September.
        assertThat(september.netMinor()).isEqualTo(26280);
        assertThat(september.netMinor() + october.netMinor()).isEqualTo(43800);
        assertThat(september.grossMinor() + october.grossMinor()).isEqualTo(45000);
        assertThat(september.feesMinor() + october.feesMinor()).isEqualTo(1200);
        assertThat(september.netReportingMinor()).isEqualTo(26280);
        RollupRow november = row(maintained, gig, YearMonth.of(2026, 11));
        assertThat(november.grievances()).containsEntry("LATE_PAYMENT", 1);
        assertThat(november.sessions()).isZero();
        RollupRow january = row(maintained, nairobiGig, YearMonth.of(2026, 1));
        assertThat(january.currency()).isEqualTo("KES");
        assertThat(january.jurisdiction()).isEqualTo("KE");
        assertThat(january.netMinor()).isEqualTo(2_000_000);
        // KES 20,000.00 at 129.01 per dollar (the rate in force on the week's Sunday, 18 January).
        assertThat(january.netReportingMinor()).isEqualTo(15503);
        assertThat(january.weeksAssessedMinimum()).isEqualTo(1);
        assertThat(january.weeksBelowMinimum()).isZero();

        Map<String, Object> report = http.retrieve(TestAccounts.admin(http)
                .authorize(HttpRequest.POST("/api/admin/rollups/rebuild", Map.of())), Map.class);
        assertThat((Integer) report.get("rows")).isGreaterThanOrEqualTo(maintained.size());
        List<RollupRow> rebuilt = rollups.forWorkers(List.of(worker.id()), FROM, TO);

        assertThat(rebuilt).hasSameSizeAs(maintained);
        for (int i = 0; i < maintained.size(); i++) {
            assertThat(rebuilt.get(i)).usingRecursiveComparison().isEqualTo(maintained.get(i));
        }
    }

    @Test
    void aWriteThatLandsWhileAWorkerIsRecomputedLeavesTheWorkerMarkedUntilTheNextRefresh() {
        UUID gig = LedgerFixtures.recordGig(http, worker);
        session(gig, "2026-10-05T23:00:00Z");
        rollups.refreshPending();
        long before = rollups.version();

        session(gig, "2026-10-06T23:00:00Z");
        long read = transactions.executeRead(status -> table.dirtyVersion(status.getConnection(), worker.id())).orElseThrow();
        // A refresher that read the mark before this third write must not record the worker as up to date.
        session(gig, "2026-10-07T23:00:00Z");
        Boolean cleared = transactions.executeWrite(status -> table.clear(status.getConnection(), worker.id(), read));
        assertThat(cleared).isFalse();
        rollups.refreshPending();

        assertThat(row(rollups.forWorkers(List.of(worker.id()), FROM, TO), gig, YearMonth.of(2026, 10)).sessions())
                .isEqualTo(3);
        assertThat(rollups.version()).isNotEqualTo(before);
    }

    @Test
    void anImportOfManyRowsMarksItsWorkerOnceAndTheRefreshSeesEveryRow() {
        UUID gig = LedgerFixtures.recordGig(http, worker);
        StringBuilder csv = new StringBuilder(String.join(",", SessionCsv.HEADERS)).append('\n');
        for (int day = 1; day <= 9; day++) {
            csv.append(UUID.randomUUID()).append(',').append(gig).append(",2026-10-0").append(day)
                    .append("T14:00:00Z,2026-10-0").append(day).append("T16:00:00Z,America/Chicago,120,")
                    .append("0,".repeat(7)).append("10,0,,NONE,false,\n");
        }
        try {
            http.exchange(worker.authorize(HttpRequest.POST("/api/import/sessions", csv.toString())
                    .contentType("text/csv")));
        } catch (HttpClientResponseException refused) {
            throw new AssertionError(refused.getResponse().getBody(String.class).orElse(""), refused);
        }
        rollups.refreshPending();

        RollupRow october = row(rollups.forWorkers(List.of(worker.id()), FROM, TO), gig, YearMonth.of(2026, 10));
        assertThat(october.sessions()).isEqualTo(9);
        assertThat(october.paidMinutes()).isEqualTo(9 * 120);
    }

    @Test
    void erasingTheAccountRemovesItsRowsAndChangesTheVersion() {
        UUID gig = LedgerFixtures.recordGig(http, worker);
        session(gig, "2026-10-05T23:00:00Z");
        rollups.refreshPending();
        assertThat(rollups.forWorkers(List.of(worker.id()), FROM, TO)).hasSize(1);
        long before = rollups.version();

        http.exchange(worker.authorize(HttpRequest.DELETE("/api/me", Map.of("password", worker.password()))));

        assertThat(rollups.forWorkers(List.of(worker.id()), FROM, TO)).isEmpty();
        assertThat(rollups.version()).isNotEqualTo(before);
    }

    @Test
    void aNewTimeZoneMovesASessionNearMidnightToTheOtherMonth() {
        UUID gig = LedgerFixtures.recordGig(http, worker);
        // 31 October 23:30 in Kansas City is 1 November in Nairobi.
        session(gig, "2026-11-01T04:30:00Z");
        rollups.refreshPending();
        assertThat(rollups.forWorkers(List.of(worker.id()), FROM, TO)).extracting(RollupRow::month)
                .containsExactly(YearMonth.of(2026, 10));

        http.exchange(worker.authorize(HttpRequest.PATCH("/api/me", Map.of("timeZone", "Africa/Nairobi"))));
        rollups.refreshPending();

        assertThat(rollups.forWorkers(List.of(worker.id()), FROM, TO)).extracting(RollupRow::month)
                .containsExactly(YearMonth.of(2026, 11));
    }

    @Test
    void onlyAnAdminMayRebuild() {
        assertThatThrownBy(() -> http.exchange(worker.authorize(HttpRequest.POST("/api/admin/rollups/rebuild", Map.of()))))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        refused -> assertThat(refused.getStatus().getCode()).isEqualTo(403));
    }

    private static RollupRow row(List<RollupRow> rows, UUID gig, YearMonth month) {
        return rows.stream().filter(row -> row.engagementId().equals(gig) && row.month().equals(month)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + month + " in " + rows));
    }

    private void put(String path, Map<String, Object> body) {
        http.exchange(worker.authorize(HttpRequest.PUT(path, body)));
    }

    private UUID session(UUID gig, String start) {
        return LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse(start)));
    }

    private UUID payment(UUID gig, String paidOn, String from, String to) {
        UUID id = UUID.randomUUID();
        put("/api/payments/" + id, LedgerFixtures.weeklyPayout(gig, paidOn, from, to));
        return id;
    }

    private UUID grievance(UUID gig, String category, String happenedOn) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("narrative", "Recorded for the rollups: " + category.toLowerCase());
        body.put("happenedOn", happenedOn);
        body.put("engagementId", gig.toString());
        body.put("status", "OPEN");
        put("/api/grievances/" + id, body);
        return id;
    }
}
