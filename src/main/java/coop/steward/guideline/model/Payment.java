package coop.steward.guideline.model;

import coop.steward.common.money.Money;

import java.time.LocalDate;
import java.util.UUID;

/** Money received for an engagement, the period it covers, and the fees taken from it on the way. */
public record Payment(
        UUID id,
        UUID engagementId,
        LocalDate paidOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        long grossMinor,
        long platformFeesMinor,
        long transferFeesMinor,
        long netMinor,
        String currency,
        String method) {
}
