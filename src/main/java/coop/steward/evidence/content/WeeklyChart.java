package coop.steward.evidence.content;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The weekly series the pack draws: effective hourly pay against the minimum and the living wage, one currency.
 * Weeks whose pay is not yet due are not drawn (they would read as unpaid); {@code notYetDue} names them.
 */
public record WeeklyChart(String currency, List<WeekPoint> weeks, List<String> notYetDue) {

    public WeeklyChart {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency);
        weeks = List.copyOf(weeks);
        notYetDue = List.copyOf(notYetDue);
    }

    public static WeeklyChart empty(String currency) {
        return new WeeklyChart(currency, List.of(), List.of());
    }
}
