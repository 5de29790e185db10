package coop.steward.guideline;

import coop.steward.guideline.model.WorkLog;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Property(name = "spec.name", value = "AssessmentControllerTest")
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
    void anUnknownGuidelineAReversedPeriodOrOneOverFiveYearsIsRefusedNamingTheField() {
        SignedIn worker = TestAccounts.nairobiWorker(http);

        refused(() -> http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=no-such-guideline&from=2026-03-01&to=2026-03-31"))))
                .hasStatus(400).namesFields("guideline");
        refused(() -> http.retrieve(worker.authorize(HttpRequest.GET(
                "/api/assessment?guideline=fairwork-cloudwork-2024&from=2026-03-31&to=2026-03-01"))))
                .hasStatus(400).namesFields("from");
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

    /** Stands in for the ledger: every worker has an empty log in Kansas City's time zone. */
    @Singleton
    @Replaces(WorkLogSource.class)
    @Requires(property = "spec.name", value = "AssessmentControllerTest")
    static class EmptyLedger implements WorkLogSource {
        @Override
        public WorkLog load(UUID workerId, LocalDate from, LocalDate to) {
            return new WorkLog(workerId, ZoneId.of("America/Chicago"), List.of(), List.of(), List.of());
        }
    }
}
