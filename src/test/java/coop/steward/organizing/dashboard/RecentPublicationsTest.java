package coop.steward.organizing.dashboard;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentPublicationsTest {

    @Test
    void organizersOpeningTheSameDashboardAtOnceWaitForOnePublication() throws Exception {
        RecentPublications<String, String> recent = new RecentPublications<>(4);
        AtomicInteger made = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = readers.submit(() -> recent.get("union:v7", () -> {
                made.incrementAndGet();
                started.countDown();
                await(release);
                return "figures of version 7";
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = List.of(
                    readers.submit(() -> recent.get("union:v7", () -> "made again " + made.incrementAndGet())),
                    readers.submit(() -> recent.get("union:v7", () -> "made again " + made.incrementAndGet())));
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("figures of version 7");
            for (Future<String> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("figures of version 7");
            }
            assertThat(made).hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aPublicationThatFailedIsMadeAgainByTheNextReader() {
        RecentPublications<String, String> recent = new RecentPublications<>(4);
        assertThatThrownBy(() -> recent.get("union:v8", () -> {
            throw new IllegalStateException("the database went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(recent.get("union:v8", () -> "figures of version 8")).isEqualTo("figures of version 8");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
