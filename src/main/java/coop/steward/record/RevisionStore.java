package coop.steward.record;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where one kind of record keeps its revisions; implemented over that kind's repository. */
public interface RevisionStore<R extends Revisioned> {

    /** The newest revision of a record, whoever owns it. */
    Optional<R> current(UUID recordId);

    /**
     * The newest revision of each of these records that exists, by record id: what a group of writes reads at once,
     * in one query.
     */
    Map<UUID, R> currentAll(Collection<UUID> recordIds);

    /** The worker's record as it stands; someone else's, or a deleted one, is empty. */
    default Optional<R> liveOf(UUID workerId, UUID recordId) {
        return current(recordId).filter(revision -> revision.workerId().equals(workerId) && !revision.deleted());
    }

    void insert(R revision);

    /** Stores several revisions of this kind at once (one batch where the database allows it). */
    default void insertAll(List<R> revisions) {
        revisions.forEach(this::insert);
    }

    /** Marks a revision as no longer the newest. */
    void supersede(R revision);
}
