package coop.steward.organizing.dashboard;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrganizationDisclosureRepository extends CrudRepository<OrganizationDisclosure, UUID> {
}
