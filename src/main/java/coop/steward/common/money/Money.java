package coop.steward.common.money;

import coop.steward.common.validation.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money as Steward keeps it: whole minor units (cents, for dollars) of an ISO 4217 currency.
 * Arithmetic is exact and refuses to mix currencies; rounding, where a rate applies, is half to even. This is
 * the one place an amount is spelled: with its currency code, never a symbol that could be another dollar, and
 * grouped as the reader's language groups numbers ({@code USD 1,176.00}, {@code 1 176,00 USD}, {@code 1.176,00 USD}).
 */
public record Money(long minor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /** Digits after the decimal point: 2 for USD, 0 for JPY. */
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
        return new Money(Math.addExact(minor, sameCurrency(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, sameCurrency(other).minor), currency);
    }

    /** Pay per hour over the minutes it took, rounded half to even to minor units; empty when no time was spent. */
    public Optional<Money> perHour(long minutes) {
        if (minutes == 0) {
            return Optional.empty();
        }
        return Optional.of(new Money(BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(60))
                .divide(BigDecimal.valueOf(minutes), 0, RoundingMode.HALF_EVEN).longValueExact(), currency));
    }

    /** Pay per hour over decimal hours, rounded half to even to minor units. */
    public Money perHour(BigDecimal hours) {
        return ofMajor(major().divide(hours, 10, RoundingMode.HALF_EVEN), currency);
    }

    public String format(Language language) {
        return spell(major(), currency, language);
    }

    /** The amount as English text, which the assessment's formulas and the API's explanations are written in. */
    @Override
    public String toString() {
        return format(Language.EN);
    }

    /** A major-unit amount (a rate, a threshold), rounded half to even to the currency's minor units. */
    public static String format(BigDecimal major, String currency, Language language) {
        return spell(major.setScale(fractionDigits(currency), RoundingMode.HALF_EVEN), currency, language);
    }

    /** A major-unit amount with every digit it has, at least the currency's: a derived hourly rate such as 71.5119. */
    public static String formatExact(BigDecimal major, String currency, Language language) {
        int digits = Math.max(fractionDigits(currency), major.scale());
        return spell(major.setScale(digits, RoundingMode.UNNECESSARY), currency, language);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    private static String spell(BigDecimal scaled, String currency, Language language) {
        String plain = scaled.toPlainString();
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int point = unsigned.indexOf('.');
        String whole = point < 0 ? unsigned : unsigned.substring(0, point);
        String fraction = point < 0 ? "" : unsigned.substring(point + 1);
        String grouping = switch (language) {
            case FR -> " ";
            case ES -> ".";
            case EN, SW -> ",";
        };
        String decimal = switch (language) {
            case FR, ES -> ",";
            case EN, SW -> ".";
        };
        StringBuilder grouped = new StringBuilder(whole);
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, grouping);
        }
        String number = (negative ? "-" : "") + grouped + (fraction.isEmpty() ? "" : decimal + fraction);
        return switch (language) {
            case FR, ES -> number + " " + currency;
            case EN, SW -> currency + " " + number;
        };
    }
}
