package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How a measured value must stand against a criterion's threshold for the criterion to be met. */
public enum Comparator {
    AT_LEAST("at-least", "≥"),
    AT_MOST("at-most", "≤");

    private final String key;
    private final String symbol;

    Comparator(String key, String symbol) {
        this.key = key;
        this.symbol = symbol;
    }

    public String key() {
        return key;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal measured, BigDecimal threshold) {
        int order = measured.compareTo(threshold);
        return this == AT_LEAST ? order >= 0 : order <= 0;
    }

    public static Optional<Comparator> fromKey(String key) {
        return Arrays.stream(values()).filter(comparator -> comparator.key.equals(key)).findFirst();
    }
}
