package coop.steward.grievance;

import coop.steward.ledger.chain.RevisionStore;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GrievanceRepository extends CrudRepository<Grievance, UUID>, RevisionStore<Grievance> {

    Optional<Grievance> findByRecordIdAndCurrentRevisionTrue(UUID recordId);

    List<Grievance> findByRecordIdOrderByRevision(UUID recordId);

    List<Grievance> findByWorkerId(UUID workerId);

    List<Grievance> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByHappenedOnDesc(UUID workerId);

    @Query("UPDATE grievance SET current_revision = FALSE WHERE revision_id = :revisionId")
    void markSuperseded(UUID revisionId);

    @Override
    default Optional<Grievance> current(UUID recordId) {
        return findByRecordIdAndCurrentRevisionTrue(recordId);
    }

    @Override
    default void insert(Grievance revision) {
        save(revision);
    }

    @Override
    default void supersede(Grievance revision) {
        markSuperseded(revision.revisionId());
    }
}
