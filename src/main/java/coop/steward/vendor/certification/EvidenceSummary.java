package coop.steward.vendor.certification;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** A document without its bytes, for lists and the certificate. */
@Introspected
record EvidenceSummary(UUID id, UUID certificationId, String criterionId, String fileName, String mediaType,
                       long sizeBytes, String sha256, Instant uploadedAt) {

    EvidenceView view() {
        return new EvidenceView(id, criterionId, fileName, mediaType, sizeBytes, sha256, uploadedAt);
    }

    EvidenceDigest digest() {
        return new EvidenceDigest(fileName, mediaType, sha256);
    }
}
