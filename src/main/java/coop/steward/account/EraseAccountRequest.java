package coop.steward.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** The password again, to confirm an erasure that cannot be undone. */
@Serdeable
public record EraseAccountRequest(@NotBlank String password) {
}
