package coop.steward.ledger;

import coop.steward.record.RevisionRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends RevisionRepository<WorkSession> {
}
