package coop.steward.guideline.model;

import coop.steward.common.money.Money;
import coop.steward.common.validation.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A minimum or living wage in force in one jurisdiction (or a finer {@code area} of it; null for the whole
 * jurisdiction) from one date, per hour or per day/month with the hours that convert it; {@code effectiveTo} is
 * null while it is still in force. {@code household} says whom a living wage is for.
 */
public record WageEntry(
        String jurisdiction,
        WageArea area,
        WageKind kind,
        BigDecimal amount,
        String currency,
        String per,
        BigDecimal hoursPerPeriod,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Source source,
        String note,
        Precision precision,
        String household) {

    /** Hourly rates keep four decimals (HALF_EVEN), so a monthly wage converts without losing cents over a week. */
    public static final int HOURLY_SCALE = 4;

    public BigDecimal hourly() {
        if ("hour".equals(per)) {
            return amount;
        }
        return amount.divide(hoursPerPeriod, HOURLY_SCALE, RoundingMode.HALF_EVEN);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** {@code US-MO}, or {@code US-MO, Kansas City, MO-KS metro area} for an area's figure. */
    public String place() {
        return area == null ? jurisdiction : jurisdiction + ", " + area.name();
    }

    public boolean overlaps(WageEntry other) {
        LocalDate thisEnd = effectiveTo == null ? LocalDate.MAX : effectiveTo;
        LocalDate otherEnd = other.effectiveTo == null ? LocalDate.MAX : other.effectiveTo;
        return !effectiveFrom.isAfter(otherEnd) && !other.effectiveFrom.isAfter(thisEnd);
    }

    /** {@code $15.00/h}, or {@code KES 16,113.75 per month ÷ 225.33 h = KES 71.5119/h}. */
    public String describe() {
        if ("hour".equals(per)) {
            return Money.format(amount, currency, Language.EN) + "/h";
        }
        return Money.format(amount, currency, Language.EN) + " per " + per + " ÷ " + hoursPerPeriod.toPlainString() + " h = "
                + Money.formatExact(hourly(), currency, Language.EN) + "/h";
    }
}
