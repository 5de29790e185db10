package coop.steward.ledger;

import coop.steward.common.validation.Amount;
import coop.steward.common.validation.ValidCurrency;
import coop.steward.common.validation.ValidJurisdiction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A gig as a worker records it; the agreed rate is per hour, per task or per month, as the pay basis says, and
 * {@code wageArea} (optional) names one of the finer areas the jurisdiction's wage table lists.
 */
@Serdeable
public record EngagementRequest(
        @NotBlank @Size(max = 120) String vendorName,
        @Nullable UUID vendorId,
        @Nullable @Size(max = 120) String client,
        @Nullable @Size(max = 120) String projectCodeName,
        @NotNull TaskKind taskKind,
        @NotNull PayBasis payBasis,
        @NotNull @PositiveOrZero @Amount Long agreedRateMinor,
        @NotNull @ValidCurrency String currency,
        @NotNull Classification classification,
        boolean writtenContract,
        boolean healthBenefits,
        boolean paidLeave,
        @Nullable @PositiveOrZero @Max(366) Integer paymentTimeframeDays,
        @NotNull LocalDate startDate,
        @Nullable LocalDate endDate,
        @NotNull @ValidJurisdiction String jurisdiction,
        @Nullable @Size(max = 64) String wageArea) {
}
