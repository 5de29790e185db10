package coop.steward.record;

import coop.steward.common.problem.ProblemException;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** How a commit lane groups writes that arrive together, and keeps one write's failure from failing the others. */
class CommitLanesTest {

    private static final UUID WORKER = UUID.fromString("0190a000-0000-7000-8000-000000000001");

    private final Transactions transactions = new Transactions();
    private final CommitLanes lanes = new CommitLanes(transactions, null, 1, 64);

    @AfterEach
    void stop() {
        lanes.stop();
    }

    @Test
    void writesThatArriveWhileATransactionRunsAreStoredTogetherInTheNextOne() throws Exception {
        CountDownLatch firstIsRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        CompletableFuture<String> first = writeAsync(heads -> {
            firstIsRunning.countDown();
            await(othersQueued);
            return "first";
        });
        firstIsRunning.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<String>> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "other-" + i;
            others.add(writeAsync(heads -> name));
        }
        waitUntilQueued(5);
        othersQueued.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        for (int i = 0; i < 5; i++) {
            assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("other-" + i);
        }
        assertThat(transactions.started.get()).isEqualTo(2);
    }

    @Test
    void aRefusedWriteIsAnsweredWithItsRefusalAndTheOthersOfItsTransactionAreStored() throws Exception {
        List<CompletableFuture<String>> writes = holdLaneWhile(() -> List.of(
                writeAsync(heads -> "kept"),
                writeAsync(heads -> {
                    throw RevisionConflict.stale("the current revision is 3, not 2");
                }),
                writeAsync(heads -> {
                    throw ProblemException.notFound("Session");
                }),
                writeAsync(heads -> "kept too")));

        assertThat(writes.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("kept");
        assertThat(writes.get(3).get(10, TimeUnit.SECONDS)).isEqualTo("kept too");
        assertThatThrownBy(() -> writes.get(1).join()).hasCauseInstanceOf(RevisionConflict.class);
        assertThatThrownBy(() -> writes.get(2).join()).hasCauseInstanceOf(ProblemException.class);
        assertThat(transactions.rolledBack.get()).isZero();
    }

    @Test
    void aWriteTheDatabaseFailsRollsItsTransactionBackAndEveryOtherWriteIsStoredAlone() throws Exception {
        List<CompletableFuture<String>> writes = holdLaneWhile(() -> List.of(
                writeAsync(heads -> "stored alone"),
                writeAsync(heads -> {
                    throw new IllegalStateException("the database refused the row");
                }),
                writeAsync(heads -> "also stored alone")));

        assertThat(writes.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("stored alone");
        assertThat(writes.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("also stored alone");
        assertThatThrownBy(() -> writes.get(1).join()).hasCauseInstanceOf(IllegalStateException.class)
                .cause().hasMessage("the database refused the row");
        // The holding write's transaction, the group's (rolled back), then one for each write of the group.
        assertThat(transactions.started.get()).isEqualTo(1 + 1 + 3);
        assertThat(transactions.rolledBack.get()).isEqualTo(1 + 1);
    }

    @Test
    void aWriteThatComesAfterTheStopIsRefusedInsteadOfWaitingForever() {
        lanes.stop();

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> lanes.write(WORKER, heads -> "late")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stopping");
        assertThat(transactions.started.get()).isZero();
    }

    /** Keeps the lane busy until {@code queue} has queued its writes, so that they form one group. */
    private List<CompletableFuture<String>> holdLaneWhile(java.util.function.Supplier<List<CompletableFuture<String>>> queue)
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = writeAsync(heads -> {
            holding.countDown();
            await(release);
            return "holder";
        });
        holding.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<String>> writes = queue.get();
        waitUntilQueued(writes.size());
        release.countDown();
        holder.join();
        return writes;
    }

    private CompletableFuture<String> writeAsync(java.util.function.Function<LockedHeads, String> write) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                answer.complete(lanes.write(WORKER, write));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        caller.start();
        return answer;
    }

    private void waitUntilQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lanes.queued() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(lanes.queued()).isEqualTo(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs each transaction's work at once; an exception out of it counts as a rollback. */
    private static final class Transactions implements TransactionOperations<Connection> {

        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger rolledBack = new AtomicInteger();

        @Override
        public Connection getConnection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasConnection() {
            return false;
        }

        @Override
        public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
            return Optional.empty();
        }

        @Override
        public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
            started.incrementAndGet();
            try {
                return callback.call(null);
            } catch (RuntimeException e) {
                rolledBack.incrementAndGet();
                throw e;
            } catch (Exception e) {
                rolledBack.incrementAndGet();
                throw new IllegalStateException(e);
            }
        }
    }
}
