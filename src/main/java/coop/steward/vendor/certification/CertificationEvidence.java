package coop.steward.vendor.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A document offered for one answer: the inspected bytes (metadata removed) and their SHA-256. */
@MappedEntity("vendor_certification_evidence")
record CertificationEvidence(@Id UUID id, UUID certificationId, String criterionId, String fileName, String mediaType,
                             long sizeBytes, String sha256, byte[] content, @Nullable UUID uploadedBy,
                             Instant uploadedAt) {
}
