package coop.steward.vendor.certification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificationEvidenceRepository extends CrudRepository<CertificationEvidence, UUID> {

    List<EvidenceSummary> findByCertificationIdOrderByUploadedAt(UUID certificationId);

    Optional<EvidenceSummary> findFirstByCertificationIdAndCriterionIdAndSha256(UUID certificationId, String criterionId,
                                                                               String sha256);

    Optional<CertificationEvidence> findByIdAndCertificationId(UUID id, UUID certificationId);

    long countByCertificationIdAndCriterionId(UUID certificationId, String criterionId);

    @Query("SELECT COALESCE(SUM(size_bytes), 0) FROM vendor_certification_evidence WHERE certification_id = :certificationId")
    long storedBytesOf(UUID certificationId);
}
