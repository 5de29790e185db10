package coop.steward.guideline.model;

import coop.steward.common.money.Money;

import java.util.List;

/**
 * Back pay owed over a period: per ISO week, {@code max(0, threshold × all hours − net pay)}, and the total; the
 * weeks whose pay is not yet due are listed apart and owe nothing yet.
 */
public record BackPay(Money total, List<WeekBackPay> weeks, List<PendingWeek> notYetDue) {

    public BackPay {
        weeks = List.copyOf(weeks);
        notYetDue = List.copyOf(notYetDue);
    }
}
