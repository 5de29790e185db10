package coop.steward.organizing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsentEventRepository extends CrudRepository<ConsentEvent, UUID> {

    @Query("SELECT * FROM consent_event WHERE worker_id = :workerId ORDER BY occurred_at DESC, id DESC")
    List<ConsentEvent> historyOf(UUID workerId);

    @Query("SELECT DISTINCT e.worker_id FROM consent_event e WHERE e.organization_id = :organizationId "
            + "AND e.change_kind = 'AGGREGATE_WITHDRAWN' AND e.occurred_at >= :since AND NOT EXISTS (SELECT 1 "
            + "FROM membership m WHERE m.organization_id = e.organization_id AND m.worker_id = e.worker_id "
            + "AND m.aggregate_consent = TRUE)")
    List<UUID> withdrawnSince(UUID organizationId, Instant since);

    @Query("SELECT DISTINCT e.worker_id FROM consent_event e WHERE e.change_kind = 'AGGREGATE_WITHDRAWN' "
            + "AND e.occurred_at >= :since AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.worker_id = e.worker_id "
            + "AND m.aggregate_consent = TRUE)")
    List<UUID> withdrawnEverywhereSince(Instant since);
}
