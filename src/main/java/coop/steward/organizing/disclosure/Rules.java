package coop.steward.organizing.disclosure;

/**
 * The primary suppression rules: a cell needs at least {@code k} distinct workers (never fewer than 3), and is
 * dominated when its top {@code dominantWorkers} workers hold more than {@code dominantShare} of its minutes or
 * of its net pay.
 */
public record Rules(int k, int dominantWorkers, double dominantShare) {

    public static final int DEFAULT_K = 5;
    public static final int MINIMUM_K = 3;

    public Rules {
        if (k < MINIMUM_K) {
            throw new IllegalArgumentException("k must be at least " + MINIMUM_K + ", was " + k);
        }
        if (dominantWorkers < 1) {
            throw new IllegalArgumentException("dominantWorkers must be at least 1, was " + dominantWorkers);
        }
        if (!(dominantShare > 0 && dominantShare <= 1)) {
            throw new IllegalArgumentException("dominantShare must be in (0, 1], was " + dominantShare);
        }
    }

    /** k = 5, two workers holding more than 85 % dominate. */
    public static Rules defaults() {
        return new Rules(DEFAULT_K, 2, 0.85);
    }

    /** The same dominance rule with another k (an organization may raise it). */
    public Rules withK(int newK) {
        return new Rules(newK, dominantWorkers, dominantShare);
    }
}
