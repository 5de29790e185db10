package coop.steward.organizing.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One dimension of an organization's published figures, as the organizer's page and the CSV show them: a row per
 * coordinate and a total, each with a cell per period. Only what disclosure control published is here.
 * {@code publishedAt} is when the release shown was made, {@code newerComing} whether a newer one is on its way.
 * {@code referenceMinimum} is the minimum wage the charts draw: that of the jurisdiction with the most published workers.
 */
@Serdeable
record DashboardView(UUID organizationId, Instant publishedAt, boolean newerComing, String from, String to, int k,
                     String dimension, @Nullable String vendor, String currency, String method, List<String> notes,
                     List<PeriodView> periods, List<RowView> rows, RowView total, List<MinimumWageView> minimumWages,
                     @Nullable MinimumWageView referenceMinimum) {

    /** A month, quarter or the whole window. */
    @Serdeable
    record PeriodView(String key, String kind, String first, String last) {
    }

    /** A vendor, client, task kind or jurisdiction (coordinate null for the total). */
    @Serdeable
    record RowView(@Nullable String coordinate, String label, List<CellView> cells) {
    }

    /**
     * One published or suppressed cell. A suppressed cell carries its reason and no figure at all; a published cell
     * may still lack a figure that too few workers contribute to ({@code withheld} names those).
     */
    @Serdeable
    record CellView(String period, String status, @Nullable String suppression, @Nullable String why,
                    @Nullable Integer workers, @Nullable BigDecimal hours, @Nullable BigDecimal paidHours,
                    @Nullable BigDecimal unpaidHours, @Nullable PayView effectiveHourlyPay,
                    @Nullable BigDecimal belowMinimumShare, @Nullable BigDecimal belowLivingShare,
                    @Nullable Map<String, BigDecimal> unpaidShare, @Nullable Long payments, @Nullable Long latePayments,
                    @Nullable Map<String, Long> grievances, @Nullable List<String> withheld) {

        static final String PUBLISHED = "published";
        static final String SUPPRESSED = "suppressed";
    }

    /** Effective hourly pay after costs, in minor units of the reporting currency per hour. */
    @Serdeable
    record PayView(String currency, @Nullable Long p10, @Nullable Long median, @Nullable Long p90) {
    }

    /** A jurisdiction's minimum wage per hour at the window's end, converted to the reporting currency. */
    @Serdeable
    record MinimumWageView(String jurisdiction, long hourlyMinor, String currency) {
    }
}
