package coop.steward.vendor.publicregistry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A vendor's public response to a contested claim; posting again makes a new version. */
@Serdeable
record ResponseRequest(@NotBlank @Size(max = ClaimResponses.MAX_TEXT) String body) {
}
