package coop.steward.organizing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A note an organizer adds to a shared grievance; it lives with the share, never in the worker's chain. */
@MappedEntity("case_note")
record CaseNote(@Id UUID id, UUID shareId, @Nullable UUID authorId, String body, Instant createdAt) {
}
