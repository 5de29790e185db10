package coop.steward.record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one transaction of the write path holds: the chain heads it has locked, and the rows it has yet to store.
 * Each worker's head is locked the first time a write of theirs needs it and moves in memory as the transaction
 * links revisions after it. The revisions and links are kept until {@link #writeBack}, which stores each kind's
 * revisions in one batch, the links in one batch and the moved heads in one batch, before the commit; a write that
 * reads a record whose revision is still kept here stores the kept rows first ({@link #beforeReading}). The
 * {@link RevisionObserver}s hear in {@code writeBack} whose records changed.
 */
final class LockedHeads {

    private final HashChain chain;
    private final Map<UUID, ChainHead> held = new LinkedHashMap<>();
    private final Map<UUID, ChainHead> moved = new LinkedHashMap<>();
    private final Map<RevisionStore<?>, Kept<?>> revisions = new LinkedHashMap<>();
    private final Set<UUID> keptRecords = new HashSet<>();
    private final List<ChainLinkRow> links = new ArrayList<>();

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

    /** Stores what is kept if it holds a revision of this record, so that reading the record finds it. */
    void beforeReading(UUID recordId) {
        if (keptRecords.contains(recordId)) {
            storeKept();
        }
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
