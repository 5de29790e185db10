package coop.steward.record;

import java.util.Set;
import java.util.UUID;

/**
 * Told which workers' chained records a transaction changed, inside that transaction, just before its heads are
 * written back: once per group of writes that share their locks. It runs on the write path, so it must be cheap
 * (one statement per worker at most) and must not call back into the record core. What is derived from records
 * (rollups) hooks in here without the core depending on it.
 */
public interface RevisionObserver {

    void revised(Set<UUID> workerIds);
}
