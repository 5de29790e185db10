package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** An amount in a currency's minor units (cents, for dollars). */
public record Money(long minor, String currency) {

    public static int fractionDigits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** Rounds a major-unit amount to the currency's minor units, half to even. */
    public static Money ofMajor(BigDecimal major, String currency) {
        return new Money(major.setScale(fractionDigits(currency), RoundingMode.HALF_EVEN).unscaledValue().longValueExact(),
                currency);
    }

    public BigDecimal major() {
        return BigDecimal.valueOf(minor, fractionDigits(currency));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    @Override
    public String toString() {
        return format(major(), currency);
    }

    /** {@code $1,176.00} for dollars, {@code KES 16,113.75} for everything else. */
    public static String format(BigDecimal major, String currency) {
        int digits = fractionDigits(currency);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return prefix(currency) + format.format(major);
    }

    /** What stands before a number in this currency: {@code $} or {@code KES }. */
    public static String prefix(String currency) {
        return "USD".equals(currency) ? "$" : currency + " ";
    }
}
