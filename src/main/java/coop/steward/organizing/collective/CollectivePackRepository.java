package coop.steward.organizing.collective;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CollectivePackRepository extends CrudRepository<CollectivePack, UUID> {

    List<CollectivePack> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    Optional<CollectivePack> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
