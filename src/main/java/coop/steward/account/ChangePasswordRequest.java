package coop.steward.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The current password, to prove it is the owner, and the new one. */
@Serdeable
public record ChangePasswordRequest(
        @NotNull String currentPassword,
        @NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = Passwords.LENGTH_MESSAGE)
        String newPassword) {
}
