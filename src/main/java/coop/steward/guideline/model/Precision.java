package coop.steward.guideline.model;

import java.util.Arrays;
import java.util.Optional;

/** How far a wage or FX figure can be relied on; anything short of exact carries a note saying why. */
public enum Precision {
    /** The figure as the source itself states it. */
    EXACT("exact"),
    /** Rounded, second-hand, or older than the periods it is applied to. */
    APPROXIMATE("approximate"),
    /** Not checked against the source itself. */
    UNCONFIRMED("unconfirmed");

    private final String key;

    Precision(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Precision> fromKey(String key) {
        return Arrays.stream(values()).filter(precision -> precision.key.equals(key)).findFirst();
    }
}
