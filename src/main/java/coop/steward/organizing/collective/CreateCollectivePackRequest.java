package coop.steward.organizing.collective;

import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What an organizer asks for: the vendor (its coordinate on the dashboard: a canonical vendor id, or {@code name:}
 * and a typed name), the language, and optionally the guidelines (default: every one loaded).
 */
@Serdeable
record CreateCollectivePackRequest(
        @NotBlank @Size(max = 300) String vendor,
        @NotBlank @Pattern(regexp = Language.PATTERN, message = Language.MESSAGE) String language,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 100) String> guidelineIds) {
}
