package coop.steward.record;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** Reads chain heads; the write path locks and moves them with its own statements ({@link HashChain}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ChainHeadRowRepository extends CrudRepository<ChainHeadRow, UUID> {
}
