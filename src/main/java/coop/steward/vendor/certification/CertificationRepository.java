package coop.steward.vendor.certification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificationRepository extends CrudRepository<Certification, UUID> {

    /** Locks the row, so an attestation and an edit of the same draft never interleave. */
    @Query("SELECT * FROM vendor_certification WHERE id = :id FOR UPDATE")
    Optional<Certification> findForUpdate(UUID id);

    Optional<Certification> findByVendorIdAndGuidelineIdAndOpenDraft(UUID vendorId, String guidelineId, String openDraft);

    List<Certification> findByVendorIdOrderByStartedAtDesc(UUID vendorId);

    @Query("SELECT * FROM vendor_certification WHERE vendor_id = :vendorId AND attested_at IS NOT NULL "
            + "ORDER BY attested_at DESC, id DESC")
    List<Certification> attestedOf(UUID vendorId);

    @Query("SELECT * FROM vendor_certification WHERE vendor_id = :vendorId AND guideline_id = :guidelineId "
            + "AND attested_at IS NOT NULL AND superseded_by IS NULL FOR UPDATE")
    List<Certification> inForceFor(UUID vendorId, String guidelineId);
}
