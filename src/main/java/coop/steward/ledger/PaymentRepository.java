package coop.steward.ledger;

import coop.steward.ledger.chain.RevisionStore;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PaymentRepository extends CrudRepository<Payment, UUID>, RevisionStore<Payment> {

    Optional<Payment> findByRecordIdAndCurrentRevisionTrue(UUID recordId);

    List<Payment> findByRecordIdOrderByRevision(UUID recordId);

    List<Payment> findByWorkerId(UUID workerId);

    List<Payment> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByPaidOn(UUID workerId);

    List<Payment> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseAndPaidOnBetweenOrderByPaidOn(
            UUID workerId, LocalDate from, LocalDate to);

    @Query("UPDATE payment SET current_revision = FALSE WHERE revision_id = :revisionId")
    void markSuperseded(UUID revisionId);

    @Override
    default Optional<Payment> current(UUID recordId) {
        return findByRecordIdAndCurrentRevisionTrue(recordId);
    }

    @Override
    default void insert(Payment revision) {
        save(revision);
    }

    @Override
    default void supersede(Payment revision) {
        markSuperseded(revision.revisionId());
    }
}
