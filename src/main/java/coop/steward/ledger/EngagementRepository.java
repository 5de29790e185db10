package coop.steward.ledger;

import coop.steward.record.RevisionRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EngagementRepository extends RevisionRepository<Engagement> {

    List<Engagement> findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByStartDate(UUID workerId);

    @Query("SELECT DISTINCT worker_id, vendor_name FROM engagement "
            + "WHERE current_revision = TRUE AND deleted = FALSE AND vendor_id IS NULL")
    List<TypedVendorName> typedVendorNames();

    @Query("SELECT DISTINCT worker_id FROM engagement")
    List<UUID> workerIds();
}
