package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign to draft, or a draft's new content. Without a letter the demand is prefilled from the collective
 * findings the vendor breaches; the language is the letter's (default English).
 */
@Serdeable
public record CampaignRequest(
        @NotNull UUID vendorId,
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 20_000) String letter,
        @NotNull @Min(1) @Max(1_000_000) Integer goal,
        @NotNull LocalDate respondBy,
        @Nullable @Pattern(regexp = Language.PATTERN, message = Language.MESSAGE) String language) {

    Language languageOrEnglish() {
        return language == null ? Language.EN : Language.of(language);
    }
}
