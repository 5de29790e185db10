package coop.steward.grievance;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.ProblemAssert.Problem;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Letters limited here to two at once, then one every ten minutes per account. */
@MicronautTest
@Property(name = "steward.limits.letters.burst", value = "2")
@Property(name = "steward.limits.letters.refill", value = "10m")
class LetterLimitControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aThirdLetterWithinTenMinutesIsRefusedAndNotRecorded() {
        BlockingHttpClient http = client.toBlocking();
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, worker);
        UUID grievance = GrievanceFixtures.record(http, worker, GrievanceFixtures.removedAfterReport(gig));
        String letters = "/api/grievances/" + grievance + "/letters";
        Map<String, Object> request = Map.of("kind", "SUBJECT_ACCESS_REQUEST", "language", "en", "senderName", "Jordan Ellis");
        http.exchange(worker.authorize(HttpRequest.POST(letters, request)), byte[].class);
        http.exchange(worker.authorize(HttpRequest.POST(letters, request)), byte[].class);

        Problem problem = refused(() -> http.exchange(worker.authorize(HttpRequest.POST(letters, request)), byte[].class));

        assertThat(problem.hasStatus(429).type()).isEqualTo("/problems/rate-limited");
        assertThat((String) problem.detail()).contains("grievance letters");
        assertThat(problem.retryAfterSeconds()).isBetween(1L, 600L);
        Map<?, ?> view = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + grievance)), Map.class);
        assertThat((List<?>) view.get("letters")).hasSize(2);
    }
}
