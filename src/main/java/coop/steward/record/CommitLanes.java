package coop.steward.record;

import coop.steward.common.problem.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Group commit for writes that arrive together. Each worker's writes go to one lane (by worker id), so two lanes
 * never wait on each other's locks; a lane's thread takes every write waiting for it and stores them in one
 * transaction, in the order they arrived, taking each worker's chain lock once and moving each head once. The locks
 * of a group, and the records its writes name, are taken and read before the first write runs, in one statement
 * each, so a group costs about as many statements as one write does. A write
 * is answered only after that transaction commits: nothing is acknowledged before it is durable.
 * <p>
 * A write the log refuses (a conflict, an unknown id) is refused before it writes anything, so it is answered
 * and the others go on. Any other failure rolls the whole transaction back, and each of its writes is then tried
 * in a transaction of its own, so one bad write never fails another.
 */
@Singleton
class CommitLanes {

    private static final Logger LOG = LoggerFactory.getLogger(CommitLanes.class);
    private static final Duration STOPPING_PATIENCE = Duration.ofSeconds(30);

    private final TransactionOperations<Connection> transactions;
    private final HashChain chain;
    private final int largestBatch;
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    CommitLanes(TransactionOperations<Connection> transactions, HashChain chain,
                @Value("${steward.writes.lanes:0}") int laneCount,
                @Value("${steward.writes.largest-batch:64}") int largestBatch) {
        this.transactions = transactions;
        this.chain = chain;
        this.largestBatch = largestBatch;
        // One lane per processor by default (at least two, so one long transaction never holds every write): more
        // lanes than processors only split the groups smaller, and a group costs about what one write costs.
        int count = laneCount > 0 ? laneCount : Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            Lane lane = new Lane();
            Thread thread = new Thread(lane::run, "commit-lane-" + i);
            thread.setDaemon(true);
            thread.start();
            lanes.add(lane);
            threads.add(thread);
        }
    }

    /** Runs {@code write} in the worker's lane and waits until its transaction has committed. */
    <T> T write(UUID workerId, Function<LockedHeads, T> write) {
        return write(workerId, null, write);
    }

    /** As {@link #write(UUID, Function)}, for a write that reads {@code target} first: its group reads it ahead. */
    <T> T write(WriteTarget<?> target, Function<LockedHeads, T> write) {
        return write(target.workerId(), target, write);
    }

    private <T> T write(UUID workerId, @Nullable WriteTarget<?> target, Function<LockedHeads, T> write) {
        Pending<T> pending = new Pending<>(target, write);
        Lane lane = lanes.get(Math.floorMod(workerId.hashCode(), lanes.size()));
        lane.queue.add(pending);
        if (stopped && lane.queue.remove(pending)) {
            // Queued behind the lane's last group: nothing would ever answer it.
            pending.fail(new IllegalStateException("the portal is stopping; the write was not stored"));
        }
        try {
            return pending.answer.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the write was being stored", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** How many writes wait for a lane: a gauge for load, and how a test knows a group has formed. */
    int queued() {
        return lanes.stream().mapToInt(lane -> lane.queue.size()).sum();
    }

    /**
     * Stores what is queued and returns once each lane has stopped, so the database is not closed under a group being
     * committed; a write that comes later is refused, never left waiting.
     */
    @PreDestroy
    void stop() {
        stopped = true;
        lanes.forEach(lane -> lane.queue.add(Pending.STOP));
        try {
            for (Thread thread : threads) {
                thread.join(STOPPING_PATIENCE.toMillis());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Lane {

        private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();

        void run() {
            List<Pending<?>> batch = new ArrayList<>();
            while (true) {
                try {
                    batch.add(queue.take());
                } catch (InterruptedException interrupted) {
                    return;
                }
                queue.drainTo(batch, largestBatch - 1);
                boolean stop = batch.remove(Pending.STOP);
                if (!batch.isEmpty()) {
                    store(batch);
                }
                batch.clear();
                if (stop) {
                    refuseQueued();
                    return;
                }
            }
        }

        private void refuseQueued() {
            List<Pending<?>> late = new ArrayList<>();
            queue.drainTo(late);
            late.forEach(pending -> pending.fail(new IllegalStateException("the portal is stopping; the write was not stored")));
        }

        private void store(List<Pending<?>> batch) {
            try {
                transactions.executeWrite(status -> {
                    LockedHeads heads = new LockedHeads(chain);
                    List<WriteTarget<?>> targets = batch.stream().<WriteTarget<?>>map(pending -> pending.target)
                            .filter(Objects::nonNull).toList();
                    if (!targets.isEmpty()) {
                        heads.readAhead(targets);
                    }
                    batch.forEach(pending -> pending.attempt(heads));
                    heads.writeBack();
                    return null;
                });
            } catch (RuntimeException failed) {
                if (batch.size() == 1) {
                    batch.get(0).fail(failed);
                    return;
                }
                LOG.warn("a group of {} writes failed together; storing each alone", batch.size(), failed);
                batch.forEach(pending -> store(List.of(pending.retry())));
                return;
            }
            batch.forEach(Pending::answer);
        }
    }

    private static final class Pending<T> {

        static final Pending<Void> STOP = new Pending<>(null, heads -> null);

        private final @Nullable WriteTarget<?> target;
        private final Function<LockedHeads, T> write;
        private final CompletableFuture<T> answer = new CompletableFuture<>();
        private T outcome;
        private RuntimeException refusal;

        Pending(@Nullable WriteTarget<?> target, Function<LockedHeads, T> write) {
            this.target = target;
            this.write = write;
        }

        /** Stores the write in the lane's transaction; a refusal is kept for its caller, anything else aborts. */
        void attempt(LockedHeads heads) {
            try {
                outcome = write.apply(heads);
            } catch (ProblemException | RevisionConflict refused) {
                refusal = refused;
            }
        }

        Pending<T> retry() {
            outcome = null;
            refusal = null;
            return this;
        }

        void answer() {
            if (refusal != null) {
                answer.completeExceptionally(refusal);
            } else {
                answer.complete(outcome);
            }
        }

        void fail(RuntimeException failure) {
            answer.completeExceptionally(failure);
        }
    }
}
