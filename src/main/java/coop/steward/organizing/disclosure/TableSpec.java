package coop.steward.organizing.disclosure;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A published table: which dimensions (0..2 of them, crossed), the consecutive months of its window and the finest
 * period it is published by. Its periods are every month (when the finest is a month), every calendar quarter wholly
 * inside the window (unless the finest is the window), and the window.
 */
public record TableSpec(List<Dimension> dimensions, List<YearMonth> months, PeriodKind finest) {

    public TableSpec(List<Dimension> dimensions, List<YearMonth> months) {
        this(dimensions, months, PeriodKind.MONTH);
    }

    public TableSpec {
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(finest, "finest");
        if (dimensions.size() > 2) {
            throw new IllegalArgumentException("dimensions: at most two, were " + dimensions);
        }
        if (dimensions.stream().anyMatch(Objects::isNull) || dimensions.stream().distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("dimensions: each at most once, were " + dimensions);
        }
        List<YearMonth> sorted = months.stream().sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("months: the window needs at least one month");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).equals(sorted.get(i - 1).plusMonths(1))) {
                throw new IllegalArgumentException("months: the window must be consecutive months, was " + sorted);
            }
        }
        dimensions = List.copyOf(dimensions);
        months = sorted;
    }

    public static TableSpec of(List<YearMonth> months, Dimension... dimensions) {
        return new TableSpec(List.of(dimensions), months);
    }

    /** The consecutive months from first to last, both included. */
    public static List<YearMonth> window(YearMonth first, YearMonth last) {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
