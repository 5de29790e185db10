package coop.steward.account;

import coop.steward.common.validation.Language;
import coop.steward.common.validation.ValidJurisdiction;
import coop.steward.common.validation.ValidTimeZone;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin gives to open an account of any role, such as an organizer's or a vendor's. */
@Serdeable
public record CreateAccountRequest(
        @NotBlank @Pattern(regexp = Handles.PATTERN, message = Handles.MESSAGE) String handle,
        @NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = Passwords.LENGTH_MESSAGE)
        String password,
        @NotNull Role role,
        @NotNull @Pattern(regexp = Language.PATTERN, message = Language.MESSAGE) String locale,
        @NotNull @ValidTimeZone String timeZone,
        @NotNull @ValidJurisdiction String jurisdiction) {

    RegisterAccountRequest asRegistration() {
        return new RegisterAccountRequest(handle, password, locale, timeZone, jurisdiction);
    }
}
