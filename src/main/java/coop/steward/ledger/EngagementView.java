package coop.steward.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A gig as its worker, and the features that work for them, see it. */
@Serdeable
public record EngagementView(
        UUID id,
        int revision,
        String vendorName,
        @Nullable UUID vendorId,
        @Nullable String client,
        @Nullable String projectCodeName,
        TaskKind taskKind,
        PayBasis payBasis,
        long agreedRateMinor,
        String currency,
        Classification classification,
        boolean writtenContract,
        boolean healthBenefits,
        boolean paidLeave,
        @Nullable Integer paymentTimeframeDays,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        String jurisdiction,
        @Nullable String wageArea,
        Instant recordedAt,
        boolean recordedLate) {
}
