package coop.steward.organizing.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The fixed window every dashboard shows: the last four calendar quarters, the current one included. */
final class DashboardWindow {

    static final int MONTHS = 12;

    private DashboardWindow() {
    }

    static List<YearMonth> of(Clock clock) {
        YearMonth now = YearMonth.now(clock);
        YearMonth quarterStart = YearMonth.of(now.getYear(), (now.getMonthValue() - 1) / 3 * 3 + 1);
        YearMonth first = quarterStart.minusMonths(MONTHS - 3);
        List<YearMonth> months = new ArrayList<>(MONTHS);
        for (int i = 0; i < MONTHS; i++) {
            months.add(first.plusMonths(i));
        }
        return List.copyOf(months);
    }
}
