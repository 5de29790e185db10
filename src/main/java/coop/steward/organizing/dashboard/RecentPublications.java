package coop.steward.organizing.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last publications made, by everything they depend on. A key names its inputs exactly, so an entry is never
 * stale: when anything changes, the key changes and the old entry ages out.
 */
final class RecentPublications<K, V> {

    private final Map<K, V> entries;

    RecentPublications(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Supplier<V> compute) {
        synchronized (entries) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.get();
        synchronized (entries) {
            // Two readers that computed the same key at once answer with the first one's publication.
            return entries.computeIfAbsent(key, ignored -> computed);
        }
    }
}
