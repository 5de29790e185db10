package coop.steward.organizing.collective;

import io.micronaut.core.annotation.Nullable;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The published figures of one cell over one period, as the aggregate rules read them. Nothing suppressed is in
 * it: a suppressed cell has only {@code suppressed} (why, in words), a suppressed measure only its reason in
 * {@code suppressedMeasures}; a measure in neither map was not published at all.
 *
 * @param cellKey    how the cell is named in a finding's list of cells used, e.g. {@code vendor=…, jurisdiction=US-MO, window}
 * @param values     measure name ({@code disclosure.Measure}) to published value; money in reporting-currency minor units
 * @param medianHourlyMinor the median effective hourly pay after costs, reporting-currency minor units per hour
 */
record CellFigures(
        String cellKey,
        @Nullable String jurisdiction,
        YearMonth first,
        YearMonth last,
        @Nullable String suppressed,
        @Nullable Integer workers,
        Map<String, Long> values,
        Map<String, String> suppressedMeasures,
        @Nullable Long medianHourlyMinor,
        @Nullable Long p10HourlyMinor) {

    CellFigures {
        values = Map.copyOf(values);
        suppressedMeasures = Map.copyOf(suppressedMeasures);
    }

    boolean published() {
        return suppressed == null;
    }

    Optional<Long> value(String measure) {
        return Optional.ofNullable(values.get(measure));
    }
}
