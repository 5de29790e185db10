package coop.steward.organizing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An organizer's note on a shared grievance, with the organizer's handle (absent once that account is gone). */
@Serdeable
public record NoteView(UUID id, String body, @Nullable String author, Instant createdAt) {
}
