package coop.steward.ledger;

import coop.steward.common.validation.Amount;
import coop.steward.common.validation.BoundedPeriod;
import coop.steward.common.validation.ValidCurrency;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;
import java.util.UUID;

/** A payment as a worker records it; net must equal gross less both fees, and it pays for at most a year. */
@Serdeable
@BoundedPeriod(start = "periodStart", end = "periodEnd", maxDays = 366)
public record PaymentRequest(
        @NotNull UUID engagementId,
        @NotNull LocalDate paidOn,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull @PositiveOrZero @Amount Long grossMinor,
        @NotNull @PositiveOrZero @Amount Long platformFeesMinor,
        @NotNull @PositiveOrZero @Amount Long transferFeesMinor,
        @NotNull @PositiveOrZero @Amount Long netMinor,
        @NotNull @ValidCurrency String currency,
        @NotNull PaymentMethod method) {
}
