package coop.steward.organizing.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The last publications made, by everything they depend on. A key names its inputs exactly, so an entry is never
 * stale: when anything changes, the key changes and the old entry ages out. A publication is made once per key:
 * readers who ask for it while it is being made wait for that one instead of making their own, because making one
 * for a large organization is the most expensive thing a request can ask for.
 */
final class RecentPublications<K, V> {

    private final Map<K, CompletableFuture<V>> entries;

    RecentPublications(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> known;
        synchronized (entries) {
            known = entries.putIfAbsent(key, mine);
        }
        if (known != null) {
            return await(known);
        }
        try {
            V computed = compute.get();
            mine.complete(computed);
            return computed;
        } catch (RuntimeException | Error failed) {
            // A failure is not kept: the next reader tries again.
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(failed);
            throw failed;
        }
    }

    private static <V> V await(CompletableFuture<V> publication) {
        try {
            return publication.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
