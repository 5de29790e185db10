package coop.steward.grievance;

import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Asks for a letter about a grievance. The language defaults to the worker's, the days for a reply to the
 * kind's default; the sender's name is printed on this letter only and never stored (the handle is used without it).
 */
@Serdeable
public record LetterRequest(
        @NotNull LetterKind kind,
        @Nullable @Pattern(regexp = Language.PATTERN, message = Language.MESSAGE) String language,
        @Nullable @Min(1) @Max(365) Integer responseDays,
        @Nullable @Size(max = 120) String senderName,
        @Nullable @Size(max = 120) String senderReference) {
}
