package coop.steward.common.limits;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    @Test
    void aBurstIsAllowedThenTheNextWaitsForItsRefill() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofMinutes(1), 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(15_000)).isEqualTo(Duration.ofSeconds(45));
        assertThat(bucket.take(60_000)).isZero();
        assertThat(bucket.take(60_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void anIdleClientGetsNoMoreThanItsBurst() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(1), 0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.isFull(3_600_000)).isTrue();
        assertThat(bucket.take(3_600_000)).isZero();
        assertThat(bucket.take(3_600_000)).isZero();
        assertThat(bucket.take(3_600_000)).isPositive();
    }

    @Test
    void aClockThatStepsBackMintsNoTokens() {
        TokenBucket bucket = new TokenBucket(1, Duration.ofMinutes(1), 120_000);
        bucket.take(120_000);

        assertThat(bucket.take(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(bucket.take(180_000)).isZero();
    }
}
