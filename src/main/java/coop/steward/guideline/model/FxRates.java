package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dated exchange rates against the US dollar; any two currencies convert through the dollar. */
public record FxRates(Map<String, List<FxRate>> byCurrency) {

    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    public FxRates {
        byCurrency = Map.copyOf(byCurrency);
    }

    /** The latest rate dated on or before the day; none before a currency's first rate. */
    public Optional<FxRate> inForce(String currency, LocalDate day) {
        return byCurrency.getOrDefault(currency, List.of()).stream()
                .filter(rate -> !rate.date().isAfter(day))
                .max(Comparator.comparing(FxRate::date));
    }

    /** Converts an amount at the rates in force on the day, unrounded; empty when either rate is missing. */
    public Optional<Conversion> convert(BigDecimal amount, String from, String to, LocalDate day) {
        if (from.equals(to)) {
            return Optional.of(new Conversion(amount, null, null));
        }
        Optional<FxRate> fromRate = inForce(from, day);
        Optional<FxRate> toRate = inForce(to, day);
        if (fromRate.isEmpty() || toRate.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal converted = amount.multiply(toRate.get().perUsd(), PRECISION)
                .divide(fromRate.get().perUsd(), PRECISION);
        return Optional.of(new Conversion(converted, fromRate.get(), toRate.get()));
    }

    /** An amount after conversion and the two rates used; the rates are null when no conversion was needed. */
    public record Conversion(BigDecimal amount, FxRate fromRate, FxRate toRate) {
    }
}
