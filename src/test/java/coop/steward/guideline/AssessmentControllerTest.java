package coop.steward.guideline;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
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
class AssessmentControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkerWithNoRecordsInAWeekGetsNotEnoughDataForTheirOwnAssessment() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);

        Map<String, Object> assessment = http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=fairwork-cloudwork-2024&from=2026-03-16&to=2026-03-22")), Map.class);

        assertThat(assessment).containsEntry("workerId", worker.id().toString()).containsEntry("timeZone", "America/Chicago");
        assertThat((List<Map<String, Object>>) assessment.get("findings")).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding).containsEntry("status", "NOT_ENOUGH_DATA"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unpaidWaitingAndTrainingPullAKansasCityWorkerUnderTheMissouriMinimumAndTheBackPayIsOwed() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, worker);
        // Week 2026-W11: five days of 6 h paid conversation work and 2 h of unpaid waiting and training = 40 h.
        for (int day = 9; day <= 13; day++) {
            Map<String, Object> session = LedgerFixtures.eveningSession(gig, Instant.parse("2026-03-%02dT14:00:00Z".formatted(day)));
            session.put("endedAt", "2026-03-%02dT22:00:00Z".formatted(day));
            session.put("paidMinutes", 360);
            session.put("unpaidMinutes", Map.of("WAITING_FOR_TASKS", 60, "INSTRUCTIONS_AND_TRAINING", 60));
            LedgerFixtures.recordSession(http, worker, session);
        }
        // Paid for the 30 paid hours at $15: $450.00 gross, $9.00 + $3.00 fees, $438.00 net.
        http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(),
                LedgerFixtures.weeklyPayout(gig, "2026-03-20", "2026-03-09", "2026-03-15"))));

        Map<String, Object> assessment = http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=fairwork-cloudwork-2024&from=2026-03-09&to=2026-03-15")), Map.class);

        // $438.00 ÷ 40 h = $10.95 an hour, under Missouri's $15.00; owed: 15.00 × 40 − 438.00 = $162.00.
        Map<String, Object> minimumWage = ((List<Map<String, Object>>) assessment.get("findings")).stream()
                .filter(finding -> finding.get("criterionId").equals("minimum-wage-after-costs")).findFirst().orElseThrow();
        assertThat(minimumWage).containsEntry("status", "BREACHED");
        assertThat((String) minimumWage.get("formula")).contains("438.00").contains("40").contains("10.95");
        assertThat((Map<String, Object>) ((Map<String, Object>) minimumWage.get("backPay")).get("total"))
                .containsEntry("minor", 16200).containsEntry("currency", "USD");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aKansasCityMetroGigIsHeldToTheMetroLivingWageAndTheFindingReadsInSwahili() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = UUID.randomUUID();
        Map<String, Object> metroGig = LedgerFixtures.kansasCityRlhfGig();
        metroGig.put("wageArea", "kansas-city-mo-ks");
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + gig, metroGig)));
        for (int day = 9; day <= 13; day++) {
            Map<String, Object> session = LedgerFixtures.eveningSession(gig, Instant.parse("2026-03-%02dT14:00:00Z".formatted(day)));
            session.put("endedAt", "2026-03-%02dT22:00:00Z".formatted(day));
            session.put("paidMinutes", 360);
            session.put("unpaidMinutes", Map.of("WAITING_FOR_TASKS", 60, "INSTRUCTIONS_AND_TRAINING", 60));
            LedgerFixtures.recordSession(http, worker, session);
        }
        http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(),
                LedgerFixtures.weeklyPayout(gig, "2026-03-20", "2026-03-09", "2026-03-15"))));

        Map<String, Object> assessment = http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=pai-data-enrichment-2021&from=2026-03-09&to=2026-03-15&language=sw")), Map.class);

        // $438.00 ÷ 40 h = $10.95 an hour, under the metro's $14.40; owed: 14.40 × 40 − 438.00 = $138.00.
        Map<String, Object> living = ((List<Map<String, Object>>) assessment.get("findings")).stream()
                .filter(finding -> finding.get("criterionId").equals("living-wage-for-all-time")).findFirst().orElseThrow();
        assertThat(living).containsEntry("status", "BREACHED").containsEntry("principle", "Malipo ya haki");
        assertThat((String) living.get("text")).contains("mshahara wa kujikimu");
        assertThat((Map<String, Object>) ((Map<String, Object>) living.get("backPay")).get("total"))
                .containsEntry("minor", 13800);
        List<Map<String, Object>> wages = (List<Map<String, Object>>) ((Map<String, Object>) living.get("threshold")).get("wages");
        assertThat(wages).singleElement().satisfies(wage -> assertThat(wage)
                .containsEntry("area", "Kansas City, MO-KS metropolitan area").containsEntry("effectiveFrom", "2021-01-01"));
        refused(() -> http.exchange(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=pai-data-enrichment-2021&from=2026-03-09&to=2026-03-15&language=de"))))
                .hasStatus(400).namesFields("language");
    }

    @Test
    @SuppressWarnings("unchecked")
    void workWhosePayIsNotYetDueIsListedApartInTheAnswer() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, worker);
        // Two days ago, on a gig that promises payment within 30 days: not due on any day this test can run.
        Instant twoDaysAgo = Instant.now().minus(java.time.Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, twoDaysAgo));
        java.time.LocalDate day = twoDaysAgo.atZone(java.time.ZoneId.of("America/Chicago")).toLocalDate();

        Map<String, Object> assessment = http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=fairwork-cloudwork-2024&from=" + day.minusDays(7) + "&to=" + day)), Map.class);

        assertThat((List<Map<String, Object>>) assessment.get("notYetDue")).singleElement()
                .satisfies(week -> assertThat(week).containsKeys("week", "hours", "dueOn"));
        Map<String, Object> minimumWage = ((List<Map<String, Object>>) assessment.get("findings")).stream()
                .filter(finding -> finding.get("criterionId").equals("minimum-wage-after-costs")).findFirst().orElseThrow();
        assertThat(minimumWage).containsEntry("status", "NOT_ENOUGH_DATA");
        assertThat((String) minimumWage.get("reason")).contains("not yet due");
    }

    @Test
    void anUnknownGuidelineAReversedPeriodOrOneOverFiveYearsIsRefusedNamingTheField() {
        SignedIn worker = TestAccounts.nairobiWorker(http);

        refused(() -> http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=no-such-guideline&from=2026-03-01&to=2026-03-31"))))
                .hasStatus(400).namesFields("guideline");
        refused(() -> http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=fairwork-cloudwork-2024&from=2026-03-31&to=2026-03-01"))))
                .hasStatus(400).namesFields("to");
        refused(() -> http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=fairwork-cloudwork-2024&from=2020-01-01&to=2026-03-01"))))
                .hasStatus(400).namesFields("to");
    }

    @Test
    void onlyWorkersHaveAnAssessment() {
        SignedIn vendor = TestAccounts.withRole(http, "VENDOR");

        refused(() -> http.retrieve(vendor.authorize(HttpRequest.GET(
                "/api/assessment?guideline=fairwork-cloudwork-2024&from=2026-03-01&to=2026-03-31"))))
                .hasStatus(403);
    }
}
