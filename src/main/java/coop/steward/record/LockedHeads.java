package coop.steward.record;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The chain heads one transaction holds. Each worker's head is locked the first time a write of theirs needs it,
 * moves in memory as the transaction links revisions after it, and is written back once, before the commit; the
 * {@link RevisionObserver}s hear then whose records changed.
 */
final class LockedHeads {

    private final HashChain chain;
    private final Map<UUID, ChainHead> held = new LinkedHashMap<>();
    private final Set<UUID> moved = new LinkedHashSet<>();

    LockedHeads(HashChain chain) {
        this.chain = chain;
    }

    /** Takes the worker's lock if this transaction does not hold it yet; what a write reads must come after. */
    void lock(UUID workerId) {
        held.computeIfAbsent(workerId, chain::lock);
    }

    void link(UUID workerId, RevisionEnvelope envelope) {
        lock(workerId);
        held.put(workerId, chain.link(workerId, held.get(workerId), envelope));
        moved.add(workerId);
    }

    void writeBack() {
        if (!moved.isEmpty()) {
            chain.revised(Set.copyOf(moved));
        }
        for (UUID workerId : moved) {
            chain.moveHead(workerId, held.get(workerId));
        }
        moved.clear();
    }
}
