package coop.steward.organizing.disclosure;

import java.time.YearMonth;

/** One period of a published table; its key is "2026-03", "2026-Q1" or "window". */
public record Period(String key, PeriodKind kind, YearMonth first, YearMonth last) {

    public static final String WINDOW = "window";

    static Period month(YearMonth month) {
        return new Period(month.toString(), PeriodKind.MONTH, month, month);
    }

    static Period quarter(YearMonth first) {
        return new Period(first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1), PeriodKind.QUARTER,
                first, first.plusMonths(2));
    }

    static Period window(YearMonth first, YearMonth last) {
        return new Period(WINDOW, PeriodKind.WINDOW, first, last);
    }

    /** Whether the month lies in this period. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }
}
