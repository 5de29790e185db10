package coop.steward.grievance;

import coop.steward.common.validation.Amount;
import coop.steward.common.validation.ValidCurrency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A grievance as a worker records it; an amount at stake needs its currency, and a currency its amount. */
@Serdeable
public record GrievanceRequest(
        @NotNull GrievanceCategory category,
        @NotBlank @Size(max = 8000) String narrative,
        @NotNull LocalDate happenedOn,
        @NotNull UUID engagementId,
        @Nullable @Positive @Amount Long amountAtStakeMinor,
        @Nullable @ValidCurrency String currency,
        @NotNull GrievanceStatus status) {
}
