package coop.steward.guideline.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A gig as the engine sees it; {@code wageArea} (nullable) names a finer area of the jurisdiction whose wage figures
 * win over the jurisdiction's own; {@code agreedRateMinor} is per hour, per task or per month as {@code payBasis} says,
 * and {@code paymentTimeframeDays} (nullable) counts from the end of the period a payment covers.
 */
public record Engagement(
        UUID id,
        String vendorName,
        String client,
        TaskKind taskKind,
        PayBasis payBasis,
        long agreedRateMinor,
        String currency,
        Classification classification,
        boolean writtenContract,
        boolean healthBenefits,
        boolean paidLeave,
        Integer paymentTimeframeDays,
        LocalDate startDate,
        LocalDate endDate,
        String jurisdiction,
        String wageArea) {
}
