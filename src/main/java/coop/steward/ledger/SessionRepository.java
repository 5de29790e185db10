package coop.steward.ledger;

import coop.steward.record.RevisionRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends RevisionRepository<WorkSession> {

    List<WorkSession> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseAndStartedAtGreaterThanEqualsAndStartedAtLessThanOrderByStartedAt(
            UUID workerId, Instant from, Instant to);

    List<WorkSession> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByStartedAt(UUID workerId);
}
