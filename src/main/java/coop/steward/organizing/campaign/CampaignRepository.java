package coop.steward.organizing.campaign;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CampaignRepository extends CrudRepository<Campaign, UUID> {

    /** Locks the campaign, so a delivery and a signature arriving at once apply one after the other. */
    @Query("SELECT * FROM campaign WHERE id = :id FOR UPDATE")
    Optional<Campaign> lock(UUID id);

    @Query("SELECT * FROM campaign WHERE organization_id = :organizationId ORDER BY created_at DESC")
    List<Campaign> ofOrganization(UUID organizationId);

    /** The campaigns a worker's organizations show their members: every one past its draft. */
    @Query("SELECT c.* FROM campaign c JOIN membership m ON m.organization_id = c.organization_id "
            + "WHERE m.worker_id = :workerId AND c.state <> 'DRAFT' ORDER BY c.created_at DESC")
    List<Campaign> shownTo(UUID workerId);
}
