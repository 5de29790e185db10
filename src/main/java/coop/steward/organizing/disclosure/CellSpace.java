package coop.steward.organizing.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The linked cells of a set of tables and the additive equations between them. A cell is a coordinate (a value
 * or the total of each dimension) and a span of months; the same coordinate and span is one cell in every table
 * that shows it. Equations: a dimension's total is the sum over its values, a quarter the sum of its months, the
 * window the sum of its quarters and the months outside them. The first member of an equation is its total.
 */
final class CellSpace {

    static final Dimension[] DIMENSIONS = Dimension.values();
    private static final int BITS = 15;
    private static final int MAX_VALUES = (1 << BITS) - 2;

    /** A cell: coordinates packed as (value index + 1, 0 = total) per dimension, and the span's index. */
    record Cell(long coordinates, int span) {
        int valueIndex(Dimension dimension) {
            return (int) ((coordinates >>> (BITS * dimension.ordinal())) & ((1 << BITS) - 1)) - 1;
        }

        int pattern() {
            int pattern = 0;
            for (Dimension dimension : DIMENSIONS) {
                if (valueIndex(dimension) >= 0) {
                    pattern |= 1 << dimension.ordinal();
                }
            }
            return pattern;
        }

        Cell with(Dimension dimension, int valueIndex) {
            long mask = ((1L << BITS) - 1) << (BITS * dimension.ordinal());
            return new Cell((coordinates & ~mask) | ((long) (valueIndex + 1) << (BITS * dimension.ordinal())), span);
        }

        Cell in(int otherSpan) {
            return new Cell(coordinates, otherSpan);
        }
    }

    record Span(YearMonth first, YearMonth last) {
        int months() {
            return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        }

        boolean contains(YearMonth month) {
            return !month.isBefore(first) && !month.isAfter(last);
        }
    }

    /** Where a table's cell sits in the space: its id, its coordinates as published and its period's key. */
    record Placement(int cell, Map<Dimension, String> coordinates, String period) {
    }

    record Layout(TableSpec spec, List<Period> periods, List<Placement> placements) {
    }

    private final Map<Dimension, List<String>> values;
    private final Map<Dimension, Map<String, Integer>> valueIndexes = new EnumMap<>(Dimension.class);
    private final List<Span> spans = new ArrayList<>();
    private final Map<Span, Integer> spanIds = new HashMap<>();
    private final List<Cell> cells = new ArrayList<>();
    private final Map<Cell, Integer> cellIds = new HashMap<>();
    private final Set<Integer> patterns = new LinkedHashSet<>();
    private final List<Layout> layouts = new ArrayList<>();
    private final List<int[]> equations = new ArrayList<>();
    private int[][] equationsOfCell;

    private CellSpace(Map<Dimension, List<String>> values) {
        this.values = values;
        values.forEach((dimension, list) -> {
            if (list.size() > MAX_VALUES) {
                throw new IllegalArgumentException("more than " + MAX_VALUES + " values of " + dimension);
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                index.put(list.get(i), i);
            }
            valueIndexes.put(dimension, index);
        });
    }

    /** The cells of these tables over these values of each dimension, with their equations. */
    static CellSpace of(List<TableSpec> specs, Map<Dimension, SortedSet<String>> valuesByDimension) {
        Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);
        for (Dimension dimension : DIMENSIONS) {
            values.put(dimension, List.copyOf(valuesByDimension.getOrDefault(dimension, new java.util.TreeSet<>())));
        }
        CellSpace space = new CellSpace(values);
        for (TableSpec spec : specs) {
            space.lay(spec);
        }
        space.equate();
        return space;
    }

    private void lay(TableSpec spec) {
        List<Period> periods = periodsOf(spec.months());
        List<Placement> placements = new ArrayList<>();
        List<Dimension> dimensions = spec.dimensions();
        for (int pattern = 0; pattern < 1 << dimensions.size(); pattern++) {
            int mask = 0;
            for (int i = 0; i < dimensions.size(); i++) {
                if ((pattern & (1 << i)) != 0) {
                    mask |= 1 << dimensions.get(i).ordinal();
                }
            }
            patterns.add(mask);
        }
        for (Period period : periods) {
            int span = spanId(new Span(period.first(), period.last()));
            for (long coordinates : combinations(dimensions)) {
                Cell cell = new Cell(coordinates, span);
                Integer id = cellIds.get(cell);
                if (id == null) {
                    id = cells.size();
                    cells.add(cell);
                    cellIds.put(cell, id);
                }
                placements.add(new Placement(id, coordinatesOf(cell), period.key()));
            }
        }
        layouts.add(new Layout(spec, periods, placements));
    }

    /** Every value of each of these dimensions, values first and the total last. */
    private List<Long> combinations(List<Dimension> dimensions) {
        List<Long> combinations = new ArrayList<>(List.of(0L));
        for (Dimension dimension : dimensions) {
            List<Long> next = new ArrayList<>();
            for (long partial : combinations) {
                int count = values.get(dimension).size();
                for (int v = 0; v <= count; v++) {
                    int valueIndex = v < count ? v : -1;
                    next.add(partial | ((long) (valueIndex + 1) << (BITS * dimension.ordinal())));
                }
            }
            combinations = next;
        }
        return combinations;
    }

    static List<Period> periodsOf(List<YearMonth> months) {
        List<Period> periods = new ArrayList<>();
        for (YearMonth month : months) {
            periods.add(Period.month(month));
        }
        for (YearMonth month : months) {
            if ((month.getMonthValue() - 1) % 3 == 0 && months.contains(month.plusMonths(2))) {
                periods.add(Period.quarter(month));
            }
        }
        periods.add(Period.window(months.get(0), months.get(months.size() - 1)));
        return periods;
    }

    private int spanId(Span span) {
        return spanIds.computeIfAbsent(span, s -> {
            spans.add(s);
            return spans.size() - 1;
        });
    }

    private void equate() {
        for (int id = 0; id < cells.size(); id++) {
            Cell cell = cells.get(id);
            int pattern = cell.pattern();
            for (Dimension dimension : DIMENSIONS) {
                int bit = 1 << dimension.ordinal();
                if ((pattern & bit) != 0 || !patterns.contains(pattern | bit)) {
                    continue;
                }
                List<String> dimensionValues = values.get(dimension);
                int[] equation = new int[dimensionValues.size() + 1];
                equation[0] = id;
                boolean complete = !dimensionValues.isEmpty();
                for (int v = 0; v < dimensionValues.size() && complete; v++) {
                    Integer part = cellIds.get(cell.with(dimension, v));
                    complete = part != null;
                    equation[v + 1] = complete ? part : -1;
                }
                if (complete) {
                    equations.add(equation);
                }
            }
            List<Span> parts = partsOf(spans.get(cell.span()));
            if (!parts.isEmpty()) {
                int[] equation = new int[parts.size() + 1];
                equation[0] = id;
                boolean complete = true;
                for (int p = 0; p < parts.size() && complete; p++) {
                    Integer spanOfPart = spanIds.get(parts.get(p));
                    Integer part = spanOfPart == null ? null : cellIds.get(cell.in(spanOfPart));
                    complete = part != null;
                    equation[p + 1] = complete ? part : -1;
                }
                if (complete) {
                    equations.add(equation);
                }
            }
        }
        List<List<Integer>> byCell = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            byCell.add(new ArrayList<>());
        }
        for (int e = 0; e < equations.size(); e++) {
            for (int member : equations.get(e)) {
                byCell.get(member).add(e);
            }
        }
        equationsOfCell = new int[cells.size()][];
        for (int i = 0; i < cells.size(); i++) {
            equationsOfCell[i] = byCell.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** A quarter's months; a longer span's calendar quarters and the months outside them; nothing for a month. */
    private static List<Span> partsOf(Span span) {
        List<Span> parts = new ArrayList<>();
        if (span.months() == 1) {
            return parts;
        }
        boolean isQuarter = span.months() == 3 && (span.first().getMonthValue() - 1) % 3 == 0;
        YearMonth month = span.first();
        while (!month.isAfter(span.last())) {
            boolean quarterStarts = (month.getMonthValue() - 1) % 3 == 0 && span.contains(month.plusMonths(2));
            if (quarterStarts && !isQuarter) {
                parts.add(new Span(month, month.plusMonths(2)));
                month = month.plusMonths(3);
            } else {
                parts.add(new Span(month, month));
                month = month.plusMonths(1);
            }
        }
        return parts;
    }

    Map<Dimension, String> coordinatesOf(Cell cell) {
        Map<Dimension, String> coordinates = new EnumMap<>(Dimension.class);
        for (Dimension dimension : DIMENSIONS) {
            int index = cell.valueIndex(dimension);
            if (index >= 0) {
                coordinates.put(dimension, values.get(dimension).get(index));
            }
        }
        return coordinates;
    }

    /** The packed coordinates of a contribution's values, or -1 for a value this space does not know. */
    long coordinates(Map<Dimension, String> coordinates, int pattern) {
        long packed = 0;
        for (Dimension dimension : DIMENSIONS) {
            if ((pattern & (1 << dimension.ordinal())) != 0) {
                Integer index = valueIndexes.get(dimension).get(coordinates.get(dimension));
                if (index == null) {
                    return -1;
                }
                packed |= (long) (index + 1) << (BITS * dimension.ordinal());
            }
        }
        return packed;
    }

    /**
     * The cell that {@code cell} becomes when moved as {@code from} moves to {@code to} (two cells of one equation:
     * they differ in one dimension's value or in their span), or null when the space has no such cell.
     */
    Integer moved(int cell, int from, int to) {
        Cell origin = cells.get(from);
        Cell target = cells.get(to);
        Cell moving = cells.get(cell);
        if (origin.span() != target.span()) {
            return cellIds.get(moving.in(target.span()));
        }
        for (Dimension dimension : DIMENSIONS) {
            if (origin.valueIndex(dimension) != target.valueIndex(dimension)) {
                return cellIds.get(moving.with(dimension, target.valueIndex(dimension)));
            }
        }
        return cell;
    }

    int cellCount() {
        return cells.size();
    }

    Cell cell(int id) {
        return cells.get(id);
    }

    Integer id(Cell cell) {
        return cellIds.get(cell);
    }

    Span span(int id) {
        return spans.get(id);
    }

    int spanCount() {
        return spans.size();
    }

    Collection<Integer> patterns() {
        return patterns;
    }

    List<Layout> layouts() {
        return layouts;
    }

    List<int[]> equations() {
        return equations;
    }

    int[] equationsOf(int cell) {
        return equationsOfCell[cell];
    }

    /** How aggregated a cell is: one per total dimension and one (quarter) or two (longer) for its span. */
    int level(int id) {
        Cell cell = cells.get(id);
        int level = DIMENSIONS.length - Integer.bitCount(cell.pattern());
        int months = spans.get(cell.span()).months();
        return level + (months == 1 ? 0 : months == 3 ? 1 : 2);
    }
}
