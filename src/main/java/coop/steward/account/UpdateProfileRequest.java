package coop.steward.account;

import coop.steward.common.validation.Language;
import coop.steward.common.validation.ValidJurisdiction;
import coop.steward.common.validation.ValidTimeZone;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;

/** A partial change of profile: a field left out stays as it is. */
@Serdeable
public record UpdateProfileRequest(
        @Nullable @Pattern(regexp = Language.PATTERN, message = Language.MESSAGE) String locale,
        @Nullable @ValidTimeZone String timeZone,
        @Nullable @ValidJurisdiction String jurisdiction) {
}
