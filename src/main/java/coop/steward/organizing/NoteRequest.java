package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note to add to a shared grievance. */
@Serdeable
record NoteRequest(@NotBlank @Size(max = 4000) String body) {
}
