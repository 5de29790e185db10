package coop.steward.organizing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrganizationGuidelineRepository extends CrudRepository<OrganizationGuideline, UUID> {

    Optional<OrganizationGuideline> findFirstByOrganizationIdAndGuidelineIdOrderByVersionDesc(UUID organizationId,
                                                                                                String guidelineId);

    Optional<OrganizationGuideline> findByOrganizationIdAndGuidelineIdAndVersion(UUID organizationId,
                                                                                  String guidelineId, int version);

    @Query("SELECT g.* FROM organization_guideline g WHERE g.organization_id = :organizationId AND g.version = "
            + "(SELECT MAX(l.version) FROM organization_guideline l WHERE l.organization_id = g.organization_id "
            + "AND l.guideline_id = g.guideline_id) ORDER BY g.title")
    List<OrganizationGuideline> latestOf(UUID organizationId);

    @Query("SELECT g.* FROM organization_guideline g JOIN membership m ON m.organization_id = g.organization_id "
            + "WHERE m.worker_id = :workerId AND g.guideline_id = :guidelineId ORDER BY g.version DESC LIMIT 1")
    Optional<OrganizationGuideline> latestOfMember(UUID workerId, String guidelineId);

    @Query("SELECT COUNT(*) FROM organization_guideline WHERE guideline_id = :guidelineId "
            + "AND organization_id <> :organizationId")
    long countElsewhere(String guidelineId, UUID organizationId);
}
