package coop.steward.organizing.campaign;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CampaignSignatureRepository extends CrudRepository<CampaignSignature, UUID> {

    Optional<CampaignSignature> findByCampaignIdAndWorkerId(UUID campaignId, UUID workerId);

    /** The signatures of those still members of the campaign's organization: a worker who left no longer counts. */
    @Query("SELECT s.* FROM campaign_signature s JOIN campaign c ON c.id = s.campaign_id "
            + "JOIN membership m ON m.organization_id = c.organization_id AND m.worker_id = s.worker_id "
            + "WHERE s.campaign_id = :campaignId ORDER BY s.signed_at, s.id")
    List<CampaignSignature> ofMembers(UUID campaignId);

    @Query("SELECT COUNT(*) FROM campaign_signature s JOIN campaign c ON c.id = s.campaign_id "
            + "JOIN membership m ON m.organization_id = c.organization_id AND m.worker_id = s.worker_id "
            + "WHERE s.campaign_id = :campaignId")
    int countMembers(UUID campaignId);

    @Query("DELETE FROM campaign_signature WHERE campaign_id = :campaignId AND worker_id = :workerId")
    int withdraw(UUID campaignId, UUID workerId);
}
