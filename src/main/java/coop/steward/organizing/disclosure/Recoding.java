package coop.steward.organizing.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Global recoding (τ-Argus; Hundepool et al. 2012, §4.2.2): before anything is tabulated, the values of a dimension
 * that have fewer than k distinct workers over the whole window are merged into one {@link Contribution#OTHER}
 * value of that dimension, in every table alike. Such a value could never show a figure of its own, and left as a
 * row it makes every one of its months and crossings a primary suppression that complementary suppression must
 * then protect. The merged value is a cell like any other: published when it has k workers and is not dominated,
 * withheld otherwise. Only when at least two values are small is anything merged (one alone gains nothing).
 */
final class Recoding {

    /** How many values of each recoded dimension went into its {@link Contribution#OTHER} value. */
    private final Map<Dimension, Integer> merged;
    private final Map<Dimension, Set<String>> small;

    private Recoding(Map<Dimension, Set<String>> small) {
        this.small = small;
        Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        small.forEach((dimension, values) -> counts.put(dimension, values.size()));
        this.merged = Map.copyOf(counts);
    }

    /** The values of these dimensions to merge, given the contributions that fall in these months. */
    static Recoding of(Collection<Dimension> dimensions, Collection<YearMonth> months,
                       List<Contribution> contributions, int k) {
        Set<YearMonth> window = new HashSet<>(months);
        Map<Dimension, Set<String>> small = new EnumMap<>(Dimension.class);
        for (Dimension dimension : dimensions) {
            Map<String, Set<UUID>> workers = new HashMap<>();
            for (Contribution contribution : contributions) {
                if (window.contains(contribution.month())) {
                    workers.computeIfAbsent(contribution.coordinates().get(dimension), v -> new HashSet<>())
                            .add(contribution.workerId());
                }
            }
            Set<String> few = new HashSet<>();
            workers.forEach((value, who) -> {
                if (who.size() < k) {
                    few.add(value);
                }
            });
            if (few.size() >= 2) {
                small.put(dimension, Set.copyOf(few));
            }
        }
        return new Recoding(small);
    }

    Map<Dimension, Integer> merged() {
        return merged;
    }

    /** The contributions with every small value replaced by {@link Contribution#OTHER}. */
    List<Contribution> apply(List<Contribution> contributions) {
        if (small.isEmpty()) {
            return contributions;
        }
        List<Contribution> recoded = new ArrayList<>(contributions.size());
        for (Contribution contribution : contributions) {
            Map<Dimension, String> coordinates = null;
            for (Map.Entry<Dimension, Set<String>> entry : small.entrySet()) {
                if (entry.getValue().contains(contribution.coordinates().get(entry.getKey()))) {
                    if (coordinates == null) {
                        coordinates = new EnumMap<>(contribution.coordinates());
                    }
                    coordinates.put(entry.getKey(), Contribution.OTHER);
                }
            }
            recoded.add(coordinates == null ? contribution
                    : new Contribution(contribution.workerId(), coordinates, contribution.month(),
                            contribution.values()));
        }
        return recoded;
    }
}
