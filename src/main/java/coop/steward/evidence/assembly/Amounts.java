package coop.steward.evidence.assembly;

import coop.steward.guideline.model.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the pack spells hours and money: the same way the assessment's formulas do, so the two can be compared. */
final class Amounts {

    private Amounts() {
    }

    static String money(long minor, String currency) {
        return new Money(minor, currency).toString();
    }

    static String hourly(long minor, String currency) {
        return money(minor, currency) + "/h";
    }

    static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN).toPlainString()
                + " h";
    }

    static String hours(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " h";
    }

    static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN)
                .toPlainString() + " %";
    }

    /** Net pay per hour over the minutes given, in minor units, half-even, as the ledger summary computes it. */
    static long perHour(long netMinor, long minutes) {
        return BigDecimal.valueOf(netMinor).multiply(BigDecimal.valueOf(60))
                .divide(BigDecimal.valueOf(minutes), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** A major-unit amount per hour over decimal hours, in minor units. */
    static long perHour(Money amount, BigDecimal hours) {
        return Money.ofMajor(amount.major().divide(hours, 10, RoundingMode.HALF_EVEN), amount.currency()).minor();
    }
}
