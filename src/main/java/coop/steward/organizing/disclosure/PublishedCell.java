package coop.steward.organizing.disclosure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One cell of a published table. Coordinates name only the dimensions that are not totals. When the cell is not
 * published, {@code suppression} says why and workers, values and quantiles are absent (null / empty); when it
 * is, a measure may still be withheld on its own (its {@link PublishedValue} says why).
 */
public record PublishedCell(Map<Dimension, String> coordinates, String period, boolean published,
                            Suppression suppression, Integer workers, Map<Measure, PublishedValue> values,
                            Quantiles effectiveHourlyPay) {

    public PublishedCell {
        coordinates = Map.copyOf(coordinates);
        EnumMap<Measure, PublishedValue> valuesCopy = new EnumMap<>(Measure.class);
        if (values != null) {
            valuesCopy.putAll(values);
        }
        values = Collections.unmodifiableMap(valuesCopy);
    }

    /** The published value of a measure, empty when the cell or the measure is withheld. */
    public Optional<Long> value(Measure measure) {
        PublishedValue value = values.get(measure);
        return value == null ? Optional.empty() : Optional.ofNullable(value.value());
    }
}
