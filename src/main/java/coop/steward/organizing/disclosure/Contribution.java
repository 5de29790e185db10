package coop.steward.organizing.disclosure;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One worker's values in one cell of the finest grain: coordinates (dimension -> value) and a month.
 * A dimension missing from the coordinates (or mapped to null) counts as {@link #NOT_STATED}, so every
 * contribution sits in exactly one value of every dimension and the totals stay the sums of their parts.
 * A measure missing from the values is zero; values are never negative.
 */
public record Contribution(UUID workerId, Map<Dimension, String> coordinates, YearMonth month,
                           Map<Measure, Long> values) {

    /** The coordinate of a contribution that names no value for a dimension (e.g. a gig without a client). */
    public static final String NOT_STATED = "(not stated)";

    /**
     * The coordinate that a publication gives, in every table, to the values of a dimension that each have fewer
     * than k workers over the window, merged into one (global recoding; {@link Publication#recoded()} says how many).
     */
    public static final String OTHER = "(other)";

    public Contribution {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(month, "month");
        EnumMap<Dimension, String> coordinatesCopy = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            String value = coordinates == null ? null : coordinates.get(dimension);
            coordinatesCopy.put(dimension, value == null || value.isBlank() ? NOT_STATED : value);
        }
        EnumMap<Measure, Long> valuesCopy = new EnumMap<>(Measure.class);
        if (values != null) {
            values.forEach((measure, value) -> {
                long amount = value == null ? 0 : value;
                if (amount < 0) {
                    throw new IllegalArgumentException("values: " + measure + " is negative (" + amount + ")");
                }
                valuesCopy.put(Objects.requireNonNull(measure, "values: measure"), amount);
            });
        }
        coordinates = Collections.unmodifiableMap(coordinatesCopy);
        values = Collections.unmodifiableMap(valuesCopy);
    }

    /** The value of a measure, zero when absent. */
    public long value(Measure measure) {
        Long value = values.get(measure);
        return value == null ? 0 : value;
    }
}
