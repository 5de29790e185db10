package coop.steward.ledger;

import coop.steward.common.validation.ValidCurrency;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;
import java.util.UUID;

/** A payment as a worker records it; net must equal gross less both fees. */
@Serdeable
public record PaymentRequest(
        @NotNull UUID engagementId,
        @NotNull LocalDate paidOn,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull @PositiveOrZero Long grossMinor,
        @NotNull @PositiveOrZero Long platformFeesMinor,
        @NotNull @PositiveOrZero Long transferFeesMinor,
        @NotNull @PositiveOrZero Long netMinor,
        @NotNull @ValidCurrency String currency,
        @NotNull PaymentMethod method) {
}
