package coop.steward.vendor.publicregistry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An organization's public note on one claim of a vendor's certification. */
@MappedEntity("registry_claim_note")
record ClaimNote(@Id UUID id, UUID vendorId, UUID certificationId, String criterionId, UUID organizationId,
                 String organizationName, String body, @Nullable UUID authorAccountId, Instant createdAt) {
}
