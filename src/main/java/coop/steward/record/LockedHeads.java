package coop.steward.record;

import coop.steward.common.problem.Violation;

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
    private final Set<UUID> writtenRecords = new HashSet<>();
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
        writtenRecords.add(revision.recordId());
    }

    /**
     * Locks the workers of a group of writes and reads the current revisions of their records and of the records
     * they name, one statement for the locks and one per kind, before any of them runs.
     */
    void readAhead(List<WriteTarget<?>> targets) {
        List<UUID> unlocked = targets.stream().map(WriteTarget::workerId).filter(worker -> !held.containsKey(worker))
                .distinct().toList();
        held.putAll(chain.lockAll(unlocked));
        Map<RevisionStore<?>, Set<UUID>> recordsByStore = new LinkedHashMap<>();
        for (WriteTarget<?> target : targets) {
            recordsByStore.computeIfAbsent(target.store(), store -> new HashSet<>()).add(target.recordId());
            for (Reference reference : target.references()) {
                if (reference.recordId() != null) {
                    recordsByStore.computeIfAbsent(reference.store(), store -> new HashSet<>()).add(reference.recordId());
                }
            }
        }
        recordsByStore.forEach((store, recordIds) ->
                readAhead.put(store, new ReadAhead(recordIds, new HashMap<>(store.currentAll(recordIds)))));
    }

    /**
     * The record's current revision as a write about to store after it must see it: what {@link #readAhead} read,
     * while this transaction has not written the record; otherwise read now, after storing what is kept if a revision
     * of it is among it.
     */
    <R extends Revisioned> Optional<R> current(RevisionStore<R> store, UUID recordId) {
        if (keptRecords.contains(recordId)) {
            storeKept();
        } else if (!writtenRecords.contains(recordId)) {
            ReadAhead read = readAhead.get(store);
            if (read != null && read.asked.contains(recordId)) {
                @SuppressWarnings("unchecked") // read from this store by readAhead
                R found = (R) read.found.get(recordId);
                return Optional.ofNullable(found);
            }
        }
        return store.current(recordId);
    }

    /** The reference's violation, unless it names one of the worker's live records. */
    Optional<Violation> check(UUID workerId, Reference reference) {
        boolean live = reference.recordId() != null && current(reference.store(), reference.recordId())
                .filter(named -> named.workerId().equals(workerId) && !named.deleted()).isPresent();
        return live ? Optional.empty() : Optional.of(reference.violation());
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

    /** The records a group asked for ahead, and the current revisions found. */
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
