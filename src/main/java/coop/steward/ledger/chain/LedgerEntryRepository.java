package coop.steward.ledger.chain;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LedgerEntryRepository extends CrudRepository<LedgerEntry, UUID> {

    List<LedgerEntry> findByWorkerIdOrderBySeq(UUID workerId);

    long countByWorkerId(UUID workerId);
}
