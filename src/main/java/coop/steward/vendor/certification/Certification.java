package coop.steward.vendor.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vendor's self-certification against one guideline version: a draft until attested, then frozen. */
@MappedEntity("vendor_certification")
record Certification(
        @Id UUID id,
        UUID vendorId,
        String guidelineId,
        String guidelineVersion,
        @Nullable String openDraft,
        @Nullable UUID startedBy,
        Instant startedAt,
        @Nullable Instant attestedAt,
        @Nullable LocalDate attestedOn,
        @Nullable String attesterName,
        @Nullable String attesterTitle,
        @Nullable UUID attestedByAccount,
        @Nullable UUID supersedes,
        @Nullable UUID supersededBy,
        @Nullable Instant supersededAt,
        @Nullable UUID certificateDocumentId,
        @Nullable String certificateSha256) {

    static final String DRAFT = "Y";

    static Certification draft(UUID id, UUID vendorId, String guidelineId, String guidelineVersion, UUID startedBy,
                               Instant startedAt) {
        return new Certification(id, vendorId, guidelineId, guidelineVersion, DRAFT, startedBy, startedAt, null, null,
                null, null, null, null, null, null, null, null);
    }

    boolean attested() {
        return attestedAt != null;
    }

    CertificationStatus status() {
        if (!attested()) {
            return CertificationStatus.DRAFT;
        }
        return supersededBy == null ? CertificationStatus.ATTESTED : CertificationStatus.SUPERSEDED;
    }

    Certification attest(Instant at, LocalDate on, String name, String title, UUID accountId, @Nullable UUID replaced) {
        return new Certification(id, vendorId, guidelineId, guidelineVersion, null, startedBy, startedAt, at, on, name,
                title, accountId, replaced, null, null, null, null);
    }

    Certification withCertificate(UUID documentId, String sha256) {
        return new Certification(id, vendorId, guidelineId, guidelineVersion, openDraft, startedBy, startedAt,
                attestedAt, attestedOn, attesterName, attesterTitle, attestedByAccount, supersedes, supersededBy,
                supersededAt, documentId, sha256);
    }

    Certification supersededBy(UUID successor, Instant at) {
        return new Certification(id, vendorId, guidelineId, guidelineVersion, openDraft, startedBy, startedAt,
                attestedAt, attestedOn, attesterName, attesterTitle, attestedByAccount, supersedes, successor, at,
                certificateDocumentId, certificateSha256);
    }
}
