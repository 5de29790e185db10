package coop.steward.evidence.content;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;

/**
 * One week of the chart, hourly amounts in minor units of the chart's currency. A week without hours has no
 * effective pay, and a jurisdiction without a recognised living wage has none: those points are left out.
 */
public record WeekPoint(
        String week,
        @Nullable Long effectivePayMinor,
        @Nullable Long minimumWageMinor,
        @Nullable Long livingWageMinor) {

    public WeekPoint {
        Objects.requireNonNull(week, "week");
    }
}
