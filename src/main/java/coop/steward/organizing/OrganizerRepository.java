package coop.steward.organizing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrganizerRepository extends CrudRepository<Organizer, OrganizerKey> {

    @Query("SELECT account_id FROM organization_organizer WHERE organization_id = :organizationId ORDER BY added_at")
    List<UUID> organizersOf(UUID organizationId);
}
