package coop.steward.evidence.content;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** The weekly series the pack draws: effective hourly pay against the minimum and the living wage, one currency. */
public record WeeklyChart(String currency, List<WeekPoint> weeks) {

    public WeeklyChart {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency);
        weeks = List.copyOf(weeks);
    }

    public static WeeklyChart empty(String currency) {
        return new WeeklyChart(currency, List.of());
    }
}
