package coop.steward.vendor.certification;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One evidence document as its vendor sees it. */
@Serdeable
record EvidenceView(UUID id, String criterionId, String fileName, String mediaType, long sizeBytes, String sha256,
                    Instant uploadedAt) {
}
