package coop.steward.vendor.publicregistry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One version of a vendor's public response to a contested claim; a later version never replaces an earlier row. */
@MappedEntity("registry_claim_response")
record ClaimResponse(@Id UUID id, UUID vendorId, UUID certificationId, String criterionId, int version, String body,
                     @Nullable UUID authorAccountId, Instant createdAt) {
}
