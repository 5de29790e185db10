package coop.steward.organizing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsentEventRepository extends CrudRepository<ConsentEvent, UUID> {

    @Query("SELECT * FROM consent_event WHERE worker_id = :workerId ORDER BY occurred_at DESC, id DESC")
    List<ConsentEvent> historyOf(UUID workerId);
}
