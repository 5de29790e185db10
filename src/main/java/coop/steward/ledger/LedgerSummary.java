package coop.steward.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a worker did and was paid: per ISO week (in the zone each session was recorded in) and gig for the
 * period asked, and per gig over all time with the effective hourly pay after costs.
 */
@Serdeable
public record LedgerSummary(LocalDate from, LocalDate to, List<WeekRow> weeks, List<EngagementTotals> engagements) {

    /** One gig in one ISO week: its time, and the money paid on days of that week, in one currency. */
    @Serdeable
    public record WeekRow(String week, UUID engagementId, String currency, int paidMinutes,
                          Map<UnpaidCategory, Integer> unpaidMinutes, int totalMinutes, long grossMinor,
                          long feesMinor, long netMinor) {
    }

    /**
     * One gig over all time. {@code effectiveHourlyMinor} = net pay × 60 ÷ all minutes, paid and unpaid,
     * rounded half-even to the minor unit; null before any time is recorded.
     */
    @Serdeable
    public record EngagementTotals(UUID engagementId, String vendorName, String currency, int paidMinutes,
                                   Map<UnpaidCategory, Integer> unpaidMinutes, int totalMinutes, long grossMinor,
                                   long feesMinor, long netMinor, @Nullable Long effectiveHourlyMinor,
                                   String formula) {
    }
}
