package coop.steward.ledger;

import coop.steward.ledger.chain.RevisionStore;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends CrudRepository<WorkSession, UUID>, RevisionStore<WorkSession> {

    Optional<WorkSession> findByRecordIdAndCurrentRevisionTrue(UUID recordId);

    List<WorkSession> findByRecordIdOrderByRevision(UUID recordId);

    List<WorkSession> findByWorkerId(UUID workerId);

    List<WorkSession> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseAndStartedAtGreaterThanEqualsAndStartedAtLessThanOrderByStartedAt(
            UUID workerId, Instant from, Instant to);

    List<WorkSession> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByStartedAt(UUID workerId);

    @Query("UPDATE work_session SET current_revision = FALSE WHERE revision_id = :revisionId")
    void markSuperseded(UUID revisionId);

    @Override
    default Optional<WorkSession> current(UUID recordId) {
        return findByRecordIdAndCurrentRevisionTrue(recordId);
    }

    @Override
    default void insert(WorkSession revision) {
        save(revision);
    }

    @Override
    default void supersede(WorkSession revision) {
        markSuperseded(revision.revisionId());
    }
}
