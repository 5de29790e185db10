package coop.steward.grievance;

import coop.steward.common.validation.Language;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Writes an amount as each language writes money in a letter: {@code USD 1,234.50}, {@code 1 234,50 USD},
 * {@code 1.234,50 USD}, {@code KES 1,234.50}. Plain spaces and the currency code, never a symbol, so the
 * figure reads the same in every PDF viewer and cannot be mistaken for another dollar.
 */
final class LetterMoney {

    private LetterMoney() {
    }

    static String format(MoneyAmount amount, Language language) {
        int digits = Math.max(0, Currency.getInstance(amount.currency()).getDefaultFractionDigits());
        String plain = BigDecimal.valueOf(amount.minorUnits()).movePointLeft(digits).setScale(digits).toPlainString();
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
        String decimal = language == Language.FR || language == Language.ES ? "," : ".";
        StringBuilder grouped = new StringBuilder(whole);
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, grouping);
        }
        String number = (negative ? "-" : "") + grouped + (fraction.isEmpty() ? "" : decimal + fraction);
        return switch (language) {
            case FR, ES -> number + " " + amount.currency();
            case EN, SW -> amount.currency() + " " + number;
        };
    }
}
