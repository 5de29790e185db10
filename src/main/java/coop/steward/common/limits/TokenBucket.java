package coop.steward.common.limits;

import java.time.Duration;

/** Up to {@code burst} tokens, one more every {@code refill}; each allowed request takes one. */
final class TokenBucket {

    private final int burst;
    private final long refillMillis;
    private double tokens;
    private long updatedAtMillis;

    TokenBucket(int burst, Duration refill, long nowMillis) {
        this.burst = burst;
        this.refillMillis = Math.max(1, refill.toMillis());
        this.tokens = burst;
        this.updatedAtMillis = nowMillis;
    }

    /** Takes a token and answers zero, or takes none and answers how long until one is there. */
    synchronized Duration take(long nowMillis) {
        refill(nowMillis);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((1 - tokens) * refillMillis));
    }

    synchronized boolean isFull(long nowMillis) {
        refill(nowMillis);
        return tokens >= burst;
    }

    private void refill(long nowMillis) {
        // A clock that steps back must not mint tokens nor take them away.
        long elapsed = Math.max(0, nowMillis - updatedAtMillis);
        tokens = Math.min(burst, tokens + (double) elapsed / refillMillis);
        updatedAtMillis = Math.max(updatedAtMillis, nowMillis);
    }
}
