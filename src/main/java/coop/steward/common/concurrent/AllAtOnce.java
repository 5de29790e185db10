package coop.steward.common.concurrent;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a batch of independent tasks on a few daemon threads of their own and returns when all are done; the first
 * failure is thrown with its own cause, and the threads never outlive the call.
 */
public final class AllAtOnce {

    private AllAtOnce() {
    }

    /** {@code what} names the work in the threads and in a failure ("the rebuild"). */
    public static void run(String what, int threads, List<? extends Runnable> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, what.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> task : running) {
                task.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException(what + " failed", failed.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
