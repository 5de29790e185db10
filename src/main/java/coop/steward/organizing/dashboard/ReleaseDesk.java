package coop.steward.organizing.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One publication's desk: the latest complete release, and at most one release being made. Readers take the latest
 * at once; only a reader who finds none it may use (none yet, or one a withdrawal made unfit to show) waits, and
 * readers who wait at the same moment wait for the same release, because making one for a large organization is
 * the most expensive thing a read can ask for. A release that fails leaves the last good one in place.
 */
final class ReleaseDesk<R> {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseDesk.class);
    /** How often a reader may find a fresh release still unfit (a withdrawal landing while it was made) before giving up. */
    private static final int ATTEMPTS = 3;

    private final String name;
    private final Supplier<R> make;
    private final Executor executor;
    private volatile R latest;
    private CompletableFuture<R> making;
    private volatile boolean changed;
    private volatile Instant lastAttempt = Instant.EPOCH;
    private volatile Instant lastRead;

    ReleaseDesk(String name, Supplier<R> make, Executor executor, Instant now) {
        this.name = name;
        this.make = make;
        this.executor = executor;
        this.lastRead = now;
    }

    /** The latest release if {@code usable} accepts it, else the next one made (waiting for it). */
    R read(Predicate<R> usable, Instant now) {
        lastRead = now;
        R current = latest;
        for (int attempt = 0; current == null || !usable.test(current); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("no publication fit to show could be made for " + name);
            }
            current = await(release(now));
        }
        return current;
    }

    /** Starts a release unless one is being made; either way answers the one coming. */
    synchronized CompletableFuture<R> release(Instant now) {
        if (making != null) {
            return making;
        }
        lastAttempt = now;
        changed = false;
        // The task ends under this monitor too, so it cannot clear making before making is set here.
        CompletableFuture<R> started = CompletableFuture.supplyAsync(this::make, executor);
        making = started;
        return started;
    }

    private R make() {
        try {
            R release = make.get();
            synchronized (this) {
                latest = release;
                making = null;
            }
            return release;
        } catch (RuntimeException | Error failed) {
            synchronized (this) {
                making = null;
            }
            LOG.error("could not make a new release of {}; the last good release stays published", name, failed);
            throw failed;
        }
    }

    /** The inputs moved on since the latest release; the next release is due when the interval allows. */
    void changed() {
        changed = true;
    }

    /** Whether a newer release than the latest is being made or due. */
    synchronized boolean newerComing() {
        return making != null || changed;
    }

    synchronized boolean isMaking() {
        return making != null;
    }

    R latest() {
        return latest;
    }

    Instant lastAttempt() {
        return lastAttempt;
    }

    Instant lastRead() {
        return lastRead;
    }

    private static <V> V await(CompletableFuture<V> release) {
        try {
            return release.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
