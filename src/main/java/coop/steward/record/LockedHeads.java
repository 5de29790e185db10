package coop.steward.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What one transaction of the write path holds: the chain heads it has locked, and the rows it has yet to store.
 * Each worker's head is locked the first time a write of theirs needs it and moves in memory as the transaction
 * links revisions after it. The revisions and links are kept until {@link #writeBack}, which stores each kind's
 * revisions in one batch, the links in one batch and the moved heads in one statement, before the commit; a write
 * that reads a record whose revision is still kept here stores the kept rows first ({@link #current}). A group of
 * writes can lock its workers and read its records' current revisions in one statement each ({@link #readAhead}).
 * The {@link RevisionObserver}s hear in {@code writeBack} whose records changed.
 */
final class LockedHeads {

    private final HashChain chain;
    private final Map<UUID, ChainHead> held = new LinkedHashMap<>();
    private final Map<UUID, ChainHead> moved = new LinkedHashMap<>();
    private final Map<RevisionStore<?>, Kept<?>> revisions = new LinkedHashMap<>();
    private final Set<UUID> keptRecords = new HashSet<>();
    private final List<ChainLinkRow> links = new ArrayList<>();
    private final Map<RevisionStore<?>, ReadAhead> readAhead = new HashMap<>();

    LockedHeads(HashChain chain) {
        this.chain = chain;
    }

    /** Takes the worker's lock if this transaction does not hold it yet; what a write reads must come after. */
    void lock(UUID workerId) {
        held.computeIfAbsent(workerId, chain::lock);
    }

    /** Keeps a revision to be stored with the others of its kind. */
    <R extends Revisioned> void insert(RevisionStore<R> store, R revision) {
        @SuppressWarnings("unchecked") // each store's entry holds only that store's revisions
        Kept<R> kept = (Kept<R>) revisions.computeIfAbsent(store, Kept::new);
        kept.rows.add(revision);
        keptRecords.add(revision.recordId());
    }

    /**
     * Locks the workers of a group of writes and reads the current revisions of their records, one statement for
     * the locks and one per kind, before any of them runs; what is read answers {@link #current} once per record.
     */
    void readAhead(List<WriteTarget<?>> targets) {
        List<UUID> unlocked = targets.stream().map(WriteTarget::workerId).filter(worker -> !held.containsKey(worker))
                .distinct().toList();
        held.putAll(chain.lockAll(unlocked));
        Map<RevisionStore<?>, List<UUID>> recordsByStore = new LinkedHashMap<>();
        targets.forEach(target -> recordsByStore.computeIfAbsent(target.store(), store -> new ArrayList<>())
                .add(target.recordId()));
        recordsByStore.forEach((store, recordIds) ->
                readAhead.put(store, new ReadAhead(new HashSet<>(recordIds), new HashMap<>(store.currentAll(recordIds)))));
    }

    /**
     * The record's current revision as the write about to store after it must see it: what {@link #readAhead} read,
     * the first time it is asked; otherwise read now, after storing what is kept if a revision of it is among it.
     */
    <R extends Revisioned> Optional<R> current(RevisionStore<R> store, UUID recordId) {
        if (keptRecords.contains(recordId)) {
            storeKept();
        } else {
            ReadAhead read = readAhead.get(store);
            if (read != null && read.asked.remove(recordId)) {
                @SuppressWarnings("unchecked") // read from this store by readAhead
                R found = (R) read.found.remove(recordId);
                return Optional.ofNullable(found);
            }
        }
        return store.current(recordId);
    }

    void link(UUID workerId, RevisionEnvelope envelope) {
        lock(workerId);
        ChainLinkRow row = chain.link(workerId, held.get(workerId), envelope);
        ChainHead head = new ChainHead(row.seq(), row.hash());
        held.put(workerId, head);
        moved.put(workerId, head);
        links.add(row);
    }

    /** Stores every kept revision and link and moves each head this transaction moved. */
    void writeBack() {
        storeKept();
        if (!moved.isEmpty()) {
            chain.revised(Set.copyOf(moved.keySet()));
            chain.moveHeads(moved);
            moved.clear();
        }
    }

    private void storeKept() {
        revisions.values().forEach(Kept::store);
        revisions.clear();
        keptRecords.clear();
        if (!links.isEmpty()) {
            chain.insertLinks(links);
            links.clear();
        }
    }

    /** The records a group asked for ahead, and the current revisions found; each answers once. */
    private record ReadAhead(Set<UUID> asked, Map<UUID, ? extends Revisioned> found) {
    }

    private static final class Kept<R extends Revisioned> {

        private final RevisionStore<R> store;
        private final List<R> rows = new ArrayList<>();

        Kept(RevisionStore<?> store) {
            @SuppressWarnings("unchecked") // created only by insert, for this store
            RevisionStore<R> typed = (RevisionStore<R>) store;
            this.store = typed;
        }

        void store() {
            store.insertAll(rows);
        }
    }
}
