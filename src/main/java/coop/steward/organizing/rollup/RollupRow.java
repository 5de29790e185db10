package coop.steward.organizing.rollup;

import io.micronaut.core.annotation.Nullable;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * One worker's month on one gig, summed from the ledger; what every aggregate is computed from. The gig's dimensions
 * are as they stand in its current revision ({@code vendorName} as typed, {@code vendorId} as chosen: resolve them with
 * {@code VendorRegistry.resolve} at read time). Money is in the gig's currency, and in {@link Rollups#REPORTING_CURRENCY}
 * at the period's rate (null when a rate is missing). {@code unpaidMinutes} is keyed by {@code ledger.UnpaidCategory}
 * name and {@code grievances} by {@code grievance.GrievanceCategory} name, every category present.
 */
public record RollupRow(
        UUID workerId, UUID engagementId, YearMonth month,
        String vendorName, @Nullable UUID vendorId, @Nullable String projectCodeName,
        @Nullable String clientName, String taskKind, String jurisdiction, String currency,
        int sessions, int paidMinutes, Map<String, Integer> unpaidMinutes,
        long grossMinor, long feesMinor, long netMinor,
        @Nullable Long netReportingMinor, @Nullable Long grossReportingMinor,
        int payments, int latePayments,
        int workerWeeks, int weeksBelowMinimum, int weeksAssessedMinimum,
        int weeksBelowLiving, int weeksAssessedLiving,
        Map<String, Integer> grievances) {

    public RollupRow {
        unpaidMinutes = Map.copyOf(unpaidMinutes);
        grievances = Map.copyOf(grievances);
    }

    /** Paid and every category of unpaid minutes. */
    public int allMinutes() {
        return paidMinutes + unpaidMinutes.values().stream().mapToInt(Integer::intValue).sum();
    }
}
