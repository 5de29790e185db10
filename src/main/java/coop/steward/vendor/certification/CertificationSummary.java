package coop.steward.vendor.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One of a vendor's certifications in its list. */
@Serdeable
record CertificationSummary(UUID id, String guidelineId, String guidelineVersion, CertificationStatus status,
                            Instant startedAt, @Nullable Instant attestedAt, @Nullable UUID supersededBy) {

    static CertificationSummary of(Certification certification) {
        return new CertificationSummary(certification.id(), certification.guidelineId(),
                certification.guidelineVersion(), certification.status(), certification.startedAt(),
                certification.attestedAt(), certification.supersededBy());
    }
}
