package coop.steward.guideline.model;

import java.util.Arrays;
import java.util.Optional;

/** Which wage table a threshold refers to; templates write {@code minimum-wage} or {@code living-wage}. */
public enum WageKind {
    MINIMUM("minimum", "minimum-wage", "minimum wage"),
    LIVING("living", "living-wage", "living wage");

    private final String entryType;
    private final String thresholdKey;
    private final String label;

    WageKind(String entryType, String thresholdKey, String label) {
        this.entryType = entryType;
        this.thresholdKey = thresholdKey;
        this.label = label;
    }

    public String entryType() {
        return entryType;
    }

    public String thresholdKey() {
        return thresholdKey;
    }

    public String label() {
        return label;
    }

    public static Optional<WageKind> fromThresholdKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.thresholdKey.equals(key)).findFirst();
    }

    public static Optional<WageKind> fromEntryType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.entryType.equals(type)).findFirst();
    }
}
