package coop.steward.common.startup;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * Work a start begins but need not finish before {@code /health} answers (ADR 0032): the demo dataset. The requests
 * that would see it missing (sign-in, sign-up) call {@link #awaitDone()} first, so they wait rather than fail, and
 * stopping the portal waits for it too, before any bean is destroyed (the {@link ShutdownEvent} comes first), so a
 * stop right after a start never leaves it half written and never stops what it writes through under it.
 */
@Singleton
public class StartupWork {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWork.class);

    private volatile CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    /** Runs the work on a thread of its own; a failure is logged, and the portal serves without what it made. */
    public synchronized void begin(String name, Runnable work) {
        CompletableFuture<Void> started = CompletableFuture.runAsync(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("{} failed at start-up", name, e);
            }
        }, task -> {
            Thread thread = new Thread(task, "startup-" + name.replace(' ', '-'));
            thread.setDaemon(true);
            thread.start();
        });
        pending = CompletableFuture.allOf(pending, started);
    }

    /** Returns once the work begun at start-up is done: at once when there is none. */
    public void awaitDone() {
        pending.join();
    }

    @EventListener
    void finishBeforeStopping(ShutdownEvent stopping) {
        awaitDone();
    }
}
