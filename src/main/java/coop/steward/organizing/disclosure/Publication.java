package coop.steward.organizing.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Linked tables published together under one suppression pattern, with the method in plain language. Where a
 * dimension's small values were merged into {@link Contribution#OTHER}, {@code recoded} says how many.
 */
public record Publication(Rules rules, List<PublishedTable> tables, String method, Map<Dimension, Integer> recoded) {

    public Publication {
        tables = List.copyOf(tables);
        recoded = Map.copyOf(recoded);
    }

    /** The published table of this spec's dimensions (in the order given), if it was requested. */
    public Optional<PublishedTable> table(List<Dimension> dimensions) {
        return tables.stream().filter(table -> table.spec().dimensions().equals(dimensions)).findFirst();
    }

    /** What to call the merged value of a dimension ("other (3 vendors)"); empty for every other coordinate. */
    public Optional<String> otherLabel(Dimension dimension, String coordinate) {
        Integer count = recoded.get(dimension);
        if (count == null || !Contribution.OTHER.equals(coordinate)) {
            return Optional.empty();
        }
        String noun = dimension.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Optional.of("other (" + count + " " + noun + "s)");
    }
}
