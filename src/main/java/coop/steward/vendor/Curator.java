package coop.steward.vendor;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An organizer an admin trusted to curate the registry. */
@MappedEntity("vendor_curator")
record Curator(@Id UUID accountId, Instant appointedAt) {
}
