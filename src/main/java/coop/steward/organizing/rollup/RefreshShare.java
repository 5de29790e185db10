package coop.steward.organizing.rollup;

import java.util.function.LongSupplier;

/**
 * The share of the time the rollup refresher may work: after a run that took {@code t}, it rests until the run's
 * work is at most {@code share} of the time since it began. A refresh recomputes each marked worker's history, so
 * while many phones sync at once a run can take seconds; resting then keeps the refresher from taking the processor
 * the writes need, and the dashboards fall behind by seconds more instead (ADR 0032). Idle, a run takes milliseconds
 * and the rest is shorter than the scheduler's own interval.
 */
final class RefreshShare {

    private final double share;
    private final LongSupplier nanoClock;
    private long restUntil;

    /** {@code nanoClock} is monotonic ({@link System#nanoTime}): the rest is a duration, not a time of day. */
    RefreshShare(double share, LongSupplier nanoClock) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("steward.rollups.share must be in (0, 1], not " + share);
        }
        this.share = share;
        this.nanoClock = nanoClock;
        this.restUntil = nanoClock.getAsLong();
    }

    /** True while the refresher rests after its last run. */
    boolean resting() {
        return nanoClock.getAsLong() - restUntil < 0;
    }

    /** Runs {@code work} and sets the rest that follows it. */
    void run(Runnable work) {
        long started = nanoClock.getAsLong();
        try {
            work.run();
        } finally {
            long ended = nanoClock.getAsLong();
            restUntil = ended + (long) ((ended - started) * (1 - share) / share);
        }
    }
}
