package coop.steward.vendor;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A queued name to reject. */
@Serdeable
record QueuedNameRequest(@NotBlank @Size(max = 120) String name) {
}
