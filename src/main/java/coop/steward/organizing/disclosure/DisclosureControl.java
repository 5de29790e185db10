package coop.steward.organizing.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one place that decides what aggregate leaves a worker's own view (ADR 0051). It publishes linked tables
 * together: primary suppression (fewer than k workers, or dominated), complementary suppression over every sum
 * the tables share, audited by linear programming; permanent per-worker noise on every summed measure; each
 * measure only where at least k workers contribute to it; quantiles only from enough workers.
 */
public final class DisclosureControl {

    /**
     * A withheld cell must not be narrowed down to within 50 % of its true value: wider than the noise (at most
     * 25 %), so the suppression adds protection of its own.
     */
    public static final double PROTECTION_LEVEL = 0.5;

    /** Quantiles of effective hourly pay are rounded to a quarter of a currency unit per hour. */
    static final long QUANTILE_UNIT = 25;

    private static final Measure[] MEASURES = Measure.values();

    private final Rules rules;
    private final Noise noise;

    public DisclosureControl(Rules rules, NoiseKey key) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.noise = new Noise(Objects.requireNonNull(key, "key"));
    }

    /** Publishes several linked tables at once (they share their totals), so one suppression pattern holds for all. */
    public Publication publish(List<TableSpec> tables, List<Contribution> contributions) {
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("tables: at least one table is needed");
        }
        Recoding recoding = Recoding.of(dimensionsOf(tables), monthsOf(tables), contributions, rules.k());
        List<Contribution> recoded = recoding.apply(contributions);
        CellSpace space = CellSpace.of(tables, valuesOf(tables, recoded));
        Tabulation tabulation = Tabulation.of(space, recoded, noise);
        int cells = space.cellCount();

        Suppression[] cellSuppression = primary(tabulation);
        Suppression[][] measureSuppression = new Suppression[cells][MEASURES.length];
        protectCells(tabulation, cellSuppression);
        for (int cell = 0; cell < cells; cell++) {
            if (cellSuppression[cell] == null) {
                for (Measure measure : MEASURES) {
                    if (tabulation.nonzero[cell][measure.ordinal()] < rules.k()) {
                        measureSuppression[cell][measure.ordinal()] = Suppression.TOO_FEW_FOR_MEASURE;
                    }
                }
            }
        }
        for (Measure measure : MEASURES) {
            protectMeasure(tabulation, cellSuppression, measureSuppression, measure);
        }
        return publication(space, tabulation, cellSuppression, measureSuppression, recoding);
    }

    /**
     * What a reader of the publication can derive of a cell's measure from everything published (the LP over
     * the tables' sums with each published figure known up to its rounding and every withheld one at least zero).
     */
    public static DerivableRange derivableRange(Publication publication, PublishedCell cell, Measure measure) {
        return Attacker.of(publication).range(cell.coordinates(), cell.period(), measure);
    }

    /** The same, naming the cell by its coordinates (a missing dimension is a total) and its period's key. */
    public static DerivableRange derivableRange(Publication publication, Map<Dimension, String> coordinates,
                                                String periodKey, Measure measure) {
        return Attacker.of(publication).range(coordinates, periodKey, measure);
    }

    /** The method in another language (en, fr, es, sw; English otherwise), for packs and pages. */
    public static String method(Rules rules, Locale locale) {
        return MethodText.of(rules, locale);
    }

    private static Set<Dimension> dimensionsOf(List<TableSpec> tables) {
        Set<Dimension> used = EnumSet.noneOf(Dimension.class);
        tables.forEach(table -> used.addAll(table.dimensions()));
        return used;
    }

    private static Set<YearMonth> monthsOf(List<TableSpec> tables) {
        Set<YearMonth> months = new HashSet<>();
        tables.forEach(table -> months.addAll(table.months()));
        return months;
    }

    private static Map<Dimension, SortedSet<String>> valuesOf(List<TableSpec> tables, List<Contribution> contributions) {
        Map<Dimension, SortedSet<String>> values = new EnumMap<>(Dimension.class);
        Set<YearMonth> months = monthsOf(tables);
        Set<Dimension> used = dimensionsOf(tables);
        for (Dimension dimension : used) {
            values.put(dimension, new TreeSet<>());
        }
        for (Contribution contribution : contributions) {
            if (months.contains(contribution.month())) {
                for (Dimension dimension : used) {
                    values.get(dimension).add(contribution.coordinates().get(dimension));
                }
            }
        }
        return values;
    }

    private Suppression[] primary(Tabulation tabulation) {
        Suppression[] suppression = new Suppression[tabulation.space.cellCount()];
        for (int cell = 0; cell < suppression.length; cell++) {
            if (tabulation.workers[cell] < rules.k()) {
                suppression[cell] = Suppression.TOO_FEW_WORKERS;
            } else if (dominated(tabulation.workerMinutes[cell]) || dominated(tabulation.workerNet[cell])) {
                suppression[cell] = Suppression.DOMINATED;
            }
        }
        return suppression;
    }

    /** Whether the top workers hold more than the dominant share of the cell's total. */
    private boolean dominated(long[] perWorker) {
        long[] sorted = perWorker.clone();
        Arrays.sort(sorted);
        long total = 0;
        for (long value : sorted) {
            total += value;
        }
        long top = 0;
        for (int i = 0; i < rules.dominantWorkers() && i < sorted.length; i++) {
            top += sorted[sorted.length - 1 - i];
        }
        return total > 0 && top > rules.dominantShare() * total;
    }

    private void protectCells(Tabulation tabulation, Suppression[] cellSuppression) {
        int cells = cellSuppression.length;
        boolean[] unknown = new boolean[cells];
        boolean[] positive = new boolean[cells];
        boolean[] eligible = new boolean[cells];
        long[] cost = new long[cells];
        for (int cell = 0; cell < cells; cell++) {
            unknown[cell] = cellSuppression[cell] != null;
            positive[cell] = tabulation.workers[cell] > 0;
            eligible[cell] = true;
            cost[cell] = tabulation.trueAllMinutes(cell);
        }
        List<Protection.Magnitude> audited = List.of(
                new Protection.Magnitude() {
                    @Override
                    public long trueValue(int cell) {
                        return tabulation.trueAllMinutes(cell);
                    }

                    @Override
                    public long noisyValue(int cell) {
                        return tabulation.noisyAllMinutes(cell);
                    }
                },
                magnitude(tabulation, Measure.NET_PAY),
                magnitude(tabulation, Measure.GROSS_PAY));
        new Protection(tabulation.space, unknown, positive, eligible, cost).protect(audited, PROTECTION_LEVEL);
        for (int cell = 0; cell < cells; cell++) {
            if (unknown[cell] && cellSuppression[cell] == null) {
                cellSuppression[cell] = Suppression.PROTECTS_ANOTHER_CELL;
            }
        }
    }

    private void protectMeasure(Tabulation tabulation, Suppression[] cellSuppression,
                                Suppression[][] measureSuppression, Measure measure) {
        int m = measure.ordinal();
        int cells = cellSuppression.length;
        boolean[] unknown = new boolean[cells];
        boolean[] positive = new boolean[cells];
        boolean[] eligible = new boolean[cells];
        long[] cost = new long[cells];
        for (int cell = 0; cell < cells; cell++) {
            unknown[cell] = cellSuppression[cell] != null || measureSuppression[cell][m] != null;
            positive[cell] = tabulation.trueSums[cell][m] > 0;
            eligible[cell] = cellSuppression[cell] == null;
            cost[cell] = tabulation.trueSums[cell][m];
        }
        Protection protection = new Protection(tabulation.space, unknown, positive, eligible, cost);
        if (measure.kind() == Measure.Kind.MAGNITUDE) {
            protection.protect(List.of(magnitude(tabulation, measure)), PROTECTION_LEVEL);
        } else {
            protection.protectBySums();
        }
        for (int cell = 0; cell < cells; cell++) {
            if (unknown[cell] && cellSuppression[cell] == null && measureSuppression[cell][m] == null) {
                measureSuppression[cell][m] = Suppression.PROTECTS_ANOTHER_CELL;
            }
        }
    }

    private static Protection.Magnitude magnitude(Tabulation tabulation, Measure measure) {
        int m = measure.ordinal();
        return new Protection.Magnitude() {
            @Override
            public long trueValue(int cell) {
                return tabulation.trueSums[cell][m];
            }

            @Override
            public long noisyValue(int cell) {
                return tabulation.noisySums[cell][m];
            }
        };
    }

    private Publication publication(CellSpace space, Tabulation tabulation, Suppression[] cellSuppression,
                                    Suppression[][] measureSuppression, Recoding recoding) {
        Map<Integer, PublishedCell> shown = new HashMap<>();
        List<PublishedTable> tables = new ArrayList<>();
        for (CellSpace.Layout layout : space.layouts()) {
            List<PublishedCell> cells = new ArrayList<>(layout.placements().size());
            for (CellSpace.Placement placement : layout.placements()) {
                PublishedCell cell = shown.computeIfAbsent(placement.cell(),
                        id -> shown(tabulation, id, placement, cellSuppression, measureSuppression));
                cells.add(cell.period().equals(placement.period()) ? cell
                        : new PublishedCell(cell.coordinates(), placement.period(), cell.published(),
                                cell.suppression(), cell.workers(), cell.values(), cell.effectiveHourlyPay()));
            }
            tables.add(new PublishedTable(layout.spec(), layout.periods(), cells));
        }
        return new Publication(rules, tables, MethodText.of(rules, Locale.ENGLISH), recoding.merged());
    }

    private PublishedCell shown(Tabulation tabulation, int cell, CellSpace.Placement placement,
                                Suppression[] cellSuppression, Suppression[][] measureSuppression) {
        if (cellSuppression[cell] != null) {
            return new PublishedCell(placement.coordinates(), placement.period(), false, cellSuppression[cell],
                    null, Map.of(), null);
        }
        Map<Measure, PublishedValue> values = new EnumMap<>(Measure.class);
        for (Measure measure : MEASURES) {
            Suppression why = measureSuppression[cell][measure.ordinal()];
            values.put(measure, why != null ? PublishedValue.withheld(why)
                    : PublishedValue.of(Rounding.publish(tabulation.noisySums[cell][measure.ordinal()], measure)));
        }
        capPartsAtTheirWholes(values);
        return new PublishedCell(placement.coordinates(), placement.period(), true, null,
                tabulation.workers[cell], values,
                EffectivePay.quantiles(tabulation.workerNet[cell], tabulation.workerMinutes[cell], rules.k()));
    }

    /** Wholes before their parts: a week assessed is capped at the worker-weeks, a week below at the weeks assessed. */
    private static void capPartsAtTheirWholes(Map<Measure, PublishedValue> values) {
        for (Measure part : List.of(Measure.WEEKS_ASSESSED_MINIMUM, Measure.WEEKS_ASSESSED_LIVING,
                Measure.WEEKS_BELOW_MINIMUM, Measure.WEEKS_BELOW_LIVING, Measure.LATE_PAYMENTS)) {
            PublishedValue some = values.get(part);
            PublishedValue all = values.get(part.wholeOf());
            if (some.value() != null && all != null && all.value() != null && some.value() > all.value()) {
                values.put(part, PublishedValue.of(all.value()));
            }
        }
    }
}
