package coop.steward.ledger;

import coop.steward.ledger.chain.RevisionStore;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EngagementRepository extends CrudRepository<Engagement, UUID>, RevisionStore<Engagement> {

    Optional<Engagement> findByRecordIdAndCurrentRevisionTrue(UUID recordId);

    List<Engagement> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByStartDate(UUID workerId);

    List<Engagement> findByRecordIdOrderByRevision(UUID recordId);

    List<Engagement> findByWorkerId(UUID workerId);

    @Query("UPDATE engagement SET current_revision = FALSE WHERE revision_id = :revisionId")
    void markSuperseded(UUID revisionId);

    @Override
    default Optional<Engagement> current(UUID recordId) {
        return findByRecordIdAndCurrentRevisionTrue(recordId);
    }

    @Override
    default void insert(Engagement revision) {
        save(revision);
    }

    @Override
    default void supersede(Engagement revision) {
        markSuperseded(revision.revisionId());
    }
}
