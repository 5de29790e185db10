package coop.steward.ledger;

import coop.steward.ledger.transfer.SessionCsv;
import coop.steward.support.LedgerFixtures;
import coop.steward.support.ProblemAssert.Problem;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
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

/** CSV imports limited here to one an hour per account: the second file is refused whole, and others still import. */
@MicronautTest
@Property(name = "steward.limits.imports.burst", value = "1")
@Property(name = "steward.limits.imports.refill", value = "1h")
class ImportLimitControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aSecondImportWithinTheHourIsRefusedAndStoresNothingWhileAnotherWorkerStillImports() {
        BlockingHttpClient http = client.toBlocking();
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, worker);
        http.exchange(upload(worker, csv(gig, "2026-10-05T23:00:00Z", "2026-10-06T01:00:00Z")));

        Problem problem = refused(() -> http.exchange(upload(worker, csv(gig, "2026-10-06T23:00:00Z", "2026-10-07T01:00:00Z"))));

        assertThat(problem.hasStatus(429).type()).isEqualTo("/problems/rate-limited");
        assertThat((String) problem.detail()).contains("CSV imports");
        assertThat(problem.retryAfterSeconds()).isBetween(3000L, 3600L);
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/sessions")), Argument.listOf(Map.class)))
                .hasSize(1);

        SignedIn neighbour = TestAccounts.kansasCityWorker(http);
        UUID neighboursGig = LedgerFixtures.recordGig(http, neighbour);
        assertThat(http.exchange(upload(neighbour, csv(neighboursGig, "2026-10-05T23:00:00Z", "2026-10-06T01:00:00Z")))
                .code()).isEqualTo(200);
    }

    private static HttpRequest<String> upload(SignedIn who, String csv) {
        return who.authorize(HttpRequest.POST("/api/import/sessions", csv).contentType(MediaType.of("text/csv")));
    }

    private static String csv(UUID gig, String start, String end) {
        return String.join(",", SessionCsv.HEADERS) + "\n" + String.join(",", List.of("", gig.toString(), start, end,
                "America/Chicago", "90", "0", "0", "30", "0", "0", "0", "0", "14", "1", "", "NONE", "false", "")) + "\n";
    }
}
