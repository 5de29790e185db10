package coop.steward.organizing.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseDeskTest {

    static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

    final ExecutorService publisher = Executors.newFixedThreadPool(2);
    final ExecutorService readers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        publisher.shutdownNow();
        readers.shutdownNow();
    }

    @Test
    void organizersOpeningTheSameDashboardAtOnceWaitForOnePublication() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ReleaseDesk<String> desk = new ReleaseDesk<>("union", () -> {
            made.incrementAndGet();
            started.countDown();
            await(release);
            return "figures of version 7";
        }, publisher, NOW);

        Future<String> first = readers.submit(() -> desk.read(any -> true, NOW));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> others = List.of(readers.submit(() -> desk.read(any -> true, NOW)),
                readers.submit(() -> desk.read(any -> true, NOW)));
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("figures of version 7");
        for (Future<String> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("figures of version 7");
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void aFirstPublicationThatFailedIsMadeAgainByTheNextReader() {
        AtomicReference<Supplier<String>> make = new AtomicReference<>(() -> {
            throw new IllegalStateException("the database went away");
        });
        ReleaseDesk<String> desk = new ReleaseDesk<>("union", () -> make.get().get(), publisher, NOW);
        assertThatThrownBy(() -> desk.read(any -> true, NOW)).isInstanceOf(IllegalStateException.class);

        make.set(() -> "figures of version 8");
        assertThat(desk.read(any -> true, NOW)).isEqualTo("figures of version 8");
    }

    @Test
    void aReaderAnswersTheLatestReleaseWhileANewerOneIsBeingMade() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger version = new AtomicInteger();
        ReleaseDesk<String> desk = new ReleaseDesk<>("union", () -> {
            if (version.incrementAndGet() > 1) {
                await(gate);
            }
            return "figures of version " + version.get();
        }, publisher, NOW);
        assertThat(desk.read(any -> true, NOW)).isEqualTo("figures of version 1");

        Future<String> newer = desk.release(NOW);
        assertThat(readers.submit(() -> desk.read(any -> true, NOW)).get(2, TimeUnit.SECONDS))
                .isEqualTo("figures of version 1");
        assertThat(desk.newerComing()).isTrue();
        gate.countDown();
        newer.get(10, TimeUnit.SECONDS);
        assertThat(desk.read(any -> true, NOW)).isEqualTo("figures of version 2");
        assertThat(desk.newerComing()).isFalse();
    }

    @Test
    void aReleaseThatFailedLeavesTheLastGoodOnePublished() throws Exception {
        AtomicInteger version = new AtomicInteger();
        ReleaseDesk<String> desk = new ReleaseDesk<>("union", () -> {
            if (version.incrementAndGet() == 2) {
                throw new IllegalStateException("disclosure control ran out of memory");
            }
            return "figures of version " + version.get();
        }, publisher, NOW);
        assertThat(desk.read(any -> true, NOW)).isEqualTo("figures of version 1");

        assertThatThrownBy(() -> desk.release(NOW).join()).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(desk.read(any -> true, NOW)).isEqualTo("figures of version 1");
    }

    @Test
    void aReleaseUnfitToShowIsNeverAnsweredButReplacedByTheNextOne() {
        AtomicInteger version = new AtomicInteger();
        ReleaseDesk<String> desk = new ReleaseDesk<>("union", () -> "figures of version " + version.incrementAndGet(),
                publisher, NOW);
        assertThat(desk.read(any -> true, NOW)).isEqualTo("figures of version 1");

        assertThat(desk.read(release -> !release.endsWith("1"), NOW)).isEqualTo("figures of version 2");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
