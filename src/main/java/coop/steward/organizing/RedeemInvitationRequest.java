package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An invitation code as typed: case, spaces and dashes do not matter. */
@Serdeable
record RedeemInvitationRequest(@NotBlank @Size(max = 64) String code) {
}
