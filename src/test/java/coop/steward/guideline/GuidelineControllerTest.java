package coop.steward.guideline;

import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class GuidelineControllerTest {

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
    void aSignedInWorkerListsTheShippedGuidelines() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);

        List<Map> guidelines = http.retrieve(worker.authorize(HttpRequest.GET("/api/guidelines")), Argument.listOf(Map.class));

        assertThat(guidelines).extracting(g -> g.get("id"))
                .contains("fairwork-cloudwork-2024", "pai-data-enrichment-2021");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGuidelineShowsEachCriterionWithItsMetricThresholdAndQuestion() {
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");

        Map<String, Object> fairwork = http.retrieve(
                organizer.authorize(HttpRequest.GET("/api/guidelines/fairwork-cloudwork-2024")), Map.class);

        List<Map<String, Object>> criteria = (List<Map<String, Object>>) fairwork.get("criteria");
        assertThat(criteria).anySatisfy(criterion -> {
            assertThat(criterion).containsEntry("id", "minimum-wage-after-costs")
                    .containsEntry("metric", "effective-hourly-pay")
                    .containsEntry("comparator", "at-least")
                    .containsEntry("threshold", "minimum-wage")
                    .containsEntry("section", "Principle 1, threshold 1.2");
            assertThat((String) criterion.get("question")).isNotBlank();
        });
        assertThat(criteria).anySatisfy(criterion -> assertThat(criterion).containsEntry("measurable", false));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGuidelineReadsInTheLanguageAskedForWithItsUnits() {
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");

        Map<String, Object> fairwork = http.retrieve(
                organizer.authorize(HttpRequest.GET("/api/guidelines/fairwork-cloudwork-2024?language=fr")), Map.class);

        List<Map<String, Object>> criteria = (List<Map<String, Object>>) fairwork.get("criteria");
        assertThat(criteria).anySatisfy(criterion -> assertThat(criterion).containsEntry("id", "pay-on-time")
                .containsEntry("principle", "Rémunération équitable").containsEntry("unit", "jours de retard"));
        assertThat(criteria).anySatisfy(criterion -> assertThat(criterion).containsEntry("id", "minimum-wage-after-costs")
                .hasEntrySatisfying("text", text -> assertThat((String) text).contains("salaire minimum")));
        refused(() -> http.exchange(organizer.authorize(
                HttpRequest.GET("/api/guidelines/fairwork-cloudwork-2024?language=klingon")))).hasStatus(400)
                .namesFields("language");
    }

    @Test
    void anUnknownGuidelineIsNotFound() {
        SignedIn worker = TestAccounts.nairobiWorker(http);

        refused(() -> http.retrieve(worker.authorize(HttpRequest.GET("/api/guidelines/no-such-guideline"))))
                .hasStatus(404).hasType("not-found");
    }

    @Test
    void guidelinesNeedASignIn() {
        refused(() -> http.retrieve(HttpRequest.GET("/api/guidelines"))).hasStatus(401);
    }
}
