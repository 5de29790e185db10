package coop.steward.common.validation;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 currencies, as the JDK knows them. */
public final class Currencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }
}
