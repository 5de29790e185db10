package coop.steward.ledger;

import coop.steward.record.RevisionRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PaymentRepository extends RevisionRepository<Payment> {

    List<Payment> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByPaidOn(UUID workerId);

    List<Payment> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseAndPaidOnBetweenOrderByPaidOn(
            UUID workerId, LocalDate from, LocalDate to);
}
