package coop.steward.evidence.assembly;

import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a worker asks a pack to cover. No engagements means all of the worker's, no guidelines all shipped ones.
 * The legal name is printed on this pack's cover and kept nowhere else.
 */
@Serdeable
public record PackRequest(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @Nullable @Size(max = 200) List<@NotNull UUID> engagementIds,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 120) String> guidelineIds,
        @NotNull @Pattern(regexp = Language.PATTERN, message = Language.MESSAGE) String language,
        @Nullable @Size(max = 200) String legalName) {
}
