package coop.steward.organizing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrganizationRepository extends CrudRepository<Organization, UUID> {

    List<Organization> findAllOrderByName();

    @Query("SELECT o.* FROM organization o JOIN organization_organizer r ON r.organization_id = o.id "
            + "WHERE r.account_id = :accountId ORDER BY o.name")
    List<Organization> organizedBy(UUID accountId);

    @Query("SELECT o.* FROM organization o JOIN membership m ON m.organization_id = o.id "
            + "WHERE m.worker_id = :workerId ORDER BY o.name")
    List<Organization> joinedBy(UUID workerId);
}
