package coop.steward.evidence;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The bounded pool that renders and signs packs: {@code steward.packs.workers} at once, {@code steward.packs.queue}
 * more waiting their turn, and any request beyond those refused at once with 503. The request's own (blocking)
 * thread does the work once admitted, so the caller still simply waits for its pack.
 */
@Singleton
class PackWorkers {

    /** About the time one pack takes on a small machine; a client that waits it finds a worker more often than not. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Semaphore admitted;
    private final Semaphore working;

    PackWorkers(@Value("${steward.packs.workers:2}") int workers, @Value("${steward.packs.queue:8}") int queue) {
        if (workers < 1 || queue < 0) {
            throw new IllegalStateException("steward.packs.workers must be at least 1 and steward.packs.queue not negative");
        }
        this.admitted = new Semaphore(workers + queue);
        // Fair, so that the request that waited longest renders next.
        this.working = new Semaphore(workers, true);
    }

    <T> T render(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw ProblemException.retryLater(ProblemType.BUSY,
                    "Every pack worker is busy and the queue is full", RETRY_AFTER);
        }
        try {
            working.acquire();
            try {
                return work.get();
            } finally {
                working.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.retryLater(ProblemType.BUSY, "Interrupted while waiting for a pack worker",
                    RETRY_AFTER);
        } finally {
            admitted.release();
        }
    }
}
