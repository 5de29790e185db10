package coop.steward.organizing;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An organizer account's seat in one organization. */
@MappedEntity("organization_organizer")
record Organizer(@EmbeddedId OrganizerKey id, Instant addedAt) {
}
