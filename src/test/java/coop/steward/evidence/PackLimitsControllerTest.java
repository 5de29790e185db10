package coop.steward.evidence;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.MovableClock;
import coop.steward.support.ProblemAssert.Problem;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labeler asking for evidence packs faster than the instance allows: two at once, then one a minute per account,
 * and one pack rendering at a time with no queue behind it.
 */
@MicronautTest
@Property(name = "spec.name", value = "PackLimitsControllerTest")
@Property(name = "steward.limits.packs.burst", value = "2")
@Property(name = "steward.limits.packs.refill", value = "1m")
@Property(name = "steward.packs.workers", value = "1")
@Property(name = "steward.packs.queue", value = "0")
class PackLimitsControllerTest {

    static final String PACKS = "/api/evidence-packs";
    static final Map<String, Object> OCTOBER = Map.of("from", "2026-10-01", "to", "2026-10-31", "language", "en");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MovableClock clock;

    @Inject
    PackWorkers workers;

    BlockingHttpClient http;
    SignedIn worker;

    @BeforeEach
    void recordAnEveningOfWork() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
        var gig = LedgerFixtures.recordGig(http, worker);
        LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z")));
    }

    @Test
    void aThirdPackWithinTheMinuteIsRefusedWithWhenToRetryAndNothingIsStored() {
        assertThat(create().code()).isEqualTo(201);
        assertThat(create().code()).isEqualTo(201);

        Problem problem = refused(this::create);

        assertThat(problem.httpStatus()).isEqualTo(429);
        assertThat(problem.body()).containsEntry("type", "/problems/rate-limited");
        assertThat((String) problem.body().get("detail")).contains("evidence packs");
        assertThat(problem.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(packs()).hasSize(2);

        clock.advance(Duration.ofSeconds(problem.retryAfterSeconds()));

        assertThat(create().code()).isEqualTo(201);
        assertThat(packs()).hasSize(3);
    }

    @Test
    void aPackAskedForWhileTheOnlyWorkerIsBusyAndNoQueueIsLeftIsRefusedAsBusy() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> otherPack = CompletableFuture.runAsync(() -> workers.render(() -> {
            rendering.countDown();
            awaitQuietly(finish);
            return null;
        }));
        rendering.await();

        Problem problem;
        try {
            problem = refused(this::create);
        } finally {
            finish.countDown();
        }
        otherPack.get();

        assertThat(problem.httpStatus()).isEqualTo(503);
        assertThat(problem.body()).containsEntry("type", "/problems/busy");
        assertThat(problem.retryAfterSeconds()).isPositive();
        assertThat(packs()).isEmpty();
        assertThat(create().code()).isEqualTo(201);
    }

    private HttpResponse<PackView> create() {
        return http.exchange(worker.authorize(HttpRequest.POST(PACKS, OCTOBER)), PackView.class);
    }

    private List<PackView> packs() {
        return http.retrieve(worker.authorize(HttpRequest.GET(PACKS)), Argument.listOf(PackView.class));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Replaces the system clock for this test only, so the minute passes without waiting for it. */
    @Factory
    @Requires(property = "spec.name", value = "PackLimitsControllerTest")
    static class MovableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
