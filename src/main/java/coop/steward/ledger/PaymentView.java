package coop.steward.ledger;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment as its worker, and the features that work for them, see it. */
@Serdeable
public record PaymentView(
        UUID id,
        int revision,
        UUID engagementId,
        LocalDate paidOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        long grossMinor,
        long platformFeesMinor,
        long transferFeesMinor,
        long netMinor,
        String currency,
        PaymentMethod method,
        Instant recordedAt,
        boolean recordedLate) {
}
