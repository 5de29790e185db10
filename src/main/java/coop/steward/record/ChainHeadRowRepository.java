package coop.steward.record;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChainHeadRowRepository extends CrudRepository<ChainHeadRow, UUID> {

    Optional<ChainHeadRow> findByWorkerIdForUpdate(UUID workerId);

    /** Creates the head of a new chain; a concurrent first write of the same worker makes this a no-op. */
    @Query("INSERT IGNORE INTO ledger_head (worker_id, seq, hash) VALUES (:workerId, 0, :genesis)")
    void createIfMissing(UUID workerId, String genesis);
}
