package coop.steward.organizing.rollup;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The refresher works at most its share of the time: a long run is followed by a rest four times as long. */
class RefreshShareTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(5));
    private final RefreshShare share = new RefreshShare(0.2, now::get);

    @Test
    void aRunOfTwoSecondsIsFollowedByEightSecondsOfRest() {
        assertThat(share.resting()).as("before any run").isFalse();

        share.run(() -> now.addAndGet(TimeUnit.SECONDS.toNanos(2)));

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(7_999));
        assertThat(share.resting()).isTrue();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(share.resting()).isFalse();
    }

    @Test
    void aRunThatFailsStillRests() {
        assertThatThrownBy(() -> share.run(() -> {
            now.addAndGet(TimeUnit.SECONDS.toNanos(1));
            throw new IllegalStateException("the database is out of reach");
        })).hasMessage("the database is out of reach");

        assertThat(share.resting()).isTrue();
        now.addAndGet(TimeUnit.SECONDS.toNanos(4));
        assertThat(share.resting()).isFalse();
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedAtStart() {
        assertThatThrownBy(() -> new RefreshShare(0, now::get)).hasMessageContaining("steward.rollups.share");
        assertThatThrownBy(() -> new RefreshShare(1.5, now::get)).hasMessageContaining("steward.rollups.share");
    }
}
