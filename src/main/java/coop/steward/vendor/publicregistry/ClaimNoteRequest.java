package coop.steward.vendor.publicregistry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An organizer's public note on a vendor's claim, signed with one of the organizations they run. */
@Serdeable
record ClaimNoteRequest(@NotNull UUID organizationId, @NotBlank @Size(max = ClaimResponses.MAX_TEXT) String body) {
}
