package coop.steward.record;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The queries every kind of revisioned record needs, derived by Micronaut Data for each entity that extends it,
 * and the {@link RevisionStore} that {@link RevisionLog} writes through.
 */
public interface RevisionRepository<R extends Revisioned> extends CrudRepository<R, UUID>, RevisionStore<R> {

    Optional<R> findByRecordIdAndCurrentRevisionTrue(UUID recordId);

    List<R> findByRecordIdInAndCurrentRevisionTrue(Collection<UUID> recordIds);

    List<R> findByRecordIdOrderByRevision(UUID recordId);

    List<R> findByWorkerId(UUID workerId);

    void updateCurrentRevision(@Id UUID revisionId, boolean currentRevision);

    /** Every revision of the worker's record, oldest first; empty for someone else's or an unknown one. */
    default List<R> historyOf(UUID workerId, UUID recordId) {
        List<R> revisions = findByRecordIdOrderByRevision(recordId);
        return !revisions.isEmpty() && revisions.get(0).workerId().equals(workerId) ? revisions : List.of();
    }

    @Override
    default Optional<R> current(UUID recordId) {
        return findByRecordIdAndCurrentRevisionTrue(recordId);
    }

    @Override
    default Map<UUID, R> currentAll(Collection<UUID> recordIds) {
        Map<UUID, R> found = new HashMap<>();
        if (!recordIds.isEmpty()) {
            findByRecordIdInAndCurrentRevisionTrue(recordIds).forEach(revision -> found.put(revision.recordId(), revision));
        }
        return found;
    }

    @Override
    default void insert(R revision) {
        save(revision);
    }

    @Override
    default void insertAll(List<R> revisions) {
        if (revisions.size() == 1) {
            save(revisions.get(0));
        } else if (!revisions.isEmpty()) {
            saveAll(revisions);
        }
    }

    @Override
    default void supersede(R revision) {
        updateCurrentRevision(revision.revisionId(), false);
    }
}
