package coop.steward.evidence.assembly;

import coop.steward.common.money.Money;

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

    /** Net pay per hour over the minutes given (more than none), in minor units, as the ledger summary computes it. */
    static long perHour(long netMinor, String currency, long minutes) {
        return new Money(netMinor, currency).perHour(minutes).orElseThrow().minor();
    }

    /** An amount per hour over decimal hours, in minor units. */
    static long perHour(Money amount, BigDecimal hours) {
        return amount.perHour(hours).minor();
    }
}
