package coop.steward.organizing.rollup;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker whose phone keeps syncing is recomputed once per spacing, and nothing written meanwhile is lost. */
@MicronautTest(transactional = false)
@Property(name = "steward.rollups.refresh-interval", value = "1h")
class RollupSpacingTest {

    private static final Duration SPACING = Duration.ofHours(1);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Rollups rollups;

    @Test
    void aWorkerRefreshedWithinTheSpacingStaysMarkedUntilARefreshWithoutIt() {
        BlockingHttpClient http = client.toBlocking();
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, worker);
        LedgerFixtures.recordSession(http, worker,
                LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z")));
        rollups.refreshPending(SPACING);
        assertThat(sessionsInOctober(worker, gig)).isEqualTo(1);

        LedgerFixtures.recordSession(http, worker,
                LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-06T23:00:00Z")));
        rollups.refreshPending(SPACING);
        assertThat(sessionsInOctober(worker, gig)).as("refreshed within the spacing: left marked").isEqualTo(1);

        rollups.refreshPending();
        assertThat(sessionsInOctober(worker, gig)).as("the mark waited, and the next refresh counts it").isEqualTo(2);
    }

    private int sessionsInOctober(SignedIn worker, UUID gig) {
        List<RollupRow> rows = rollups.forWorkers(List.of(worker.id()), YearMonth.of(2026, 10), YearMonth.of(2026, 10));
        return rows.stream().filter(row -> row.engagementId().equals(gig)).mapToInt(RollupRow::sessions).sum();
    }
}
