package coop.steward.organizing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GrievanceShareRepository extends CrudRepository<GrievanceShare, UUID> {

    Optional<GrievanceShare> findByGrievanceIdAndWorkerIdAndUnsharedAtIsNull(UUID grievanceId, UUID workerId);

    Optional<GrievanceShare> findByGrievanceIdAndOrganizationIdAndUnsharedAtIsNull(UUID grievanceId, UUID organizationId);

    List<GrievanceShare> findByOrganizationIdAndUnsharedAtIsNullOrderBySharedAtDesc(UUID organizationId);

    List<GrievanceShare> findByWorkerIdAndOrganizationIdAndUnsharedAtIsNull(UUID workerId, UUID organizationId);

    @Query("UPDATE grievance_share SET unshared_at = :at WHERE id = :id")
    void end(UUID id, Instant at);

    @Query("UPDATE grievance_share SET escalated_at = :at WHERE id = :id")
    void escalate(UUID id, Instant at);
}
