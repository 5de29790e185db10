package coop.steward.organizing.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A published table: its spec, its periods (months, quarters, window) and every cell, published or not. */
public record PublishedTable(TableSpec spec, List<Period> periods, List<PublishedCell> cells) {

    public PublishedTable {
        periods = List.copyOf(periods);
        cells = List.copyOf(cells);
    }

    /** The cell at these coordinates (a missing dimension is its total) in the period with this key. */
    public Optional<PublishedCell> cell(Map<Dimension, String> coordinates, String periodKey) {
        Map<Dimension, String> wanted = new java.util.EnumMap<>(Dimension.class);
        coordinates.forEach((dimension, value) -> {
            if (value != null && spec.dimensions().contains(dimension)) {
                wanted.put(dimension, value);
            }
        });
        return cells.stream()
                .filter(cell -> Objects.equals(cell.period(), periodKey) && cell.coordinates().equals(wanted))
                .findFirst();
    }

    /** The period with this key. */
    public Optional<Period> period(String key) {
        return periods.stream().filter(period -> period.key().equals(key)).findFirst();
    }
}
