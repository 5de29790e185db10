package coop.steward.common.limits;

import java.time.Duration;

/**
 * The kinds of expensive work a client may ask for only so often, each with its default bucket: {@code burst} at
 * once, then one more every {@code refill}. Set {@code steward.limits.<name>.burst} and
 * {@code steward.limits.<name>.refill} to change them.
 */
public enum LimitedAction {

    EVIDENCE_PACKS("packs", "evidence packs", 20, Duration.ofMinutes(3)),
    COLLECTIVE_PACKS("collective-packs", "collective evidence packs", 10, Duration.ofMinutes(3)),
    LETTERS("letters", "grievance letters", 30, Duration.ofMinutes(1)),
    CSV_IMPORTS("imports", "CSV imports", 30, Duration.ofMinutes(1)),
    SIGN_UPS("sign-up", "sign-ups from this address", 200, Duration.ofSeconds(1));

    private final String configName;
    private final String what;
    private final int defaultBurst;
    private final Duration defaultRefill;

    LimitedAction(String configName, String what, int defaultBurst, Duration defaultRefill) {
        this.configName = configName;
        this.what = what;
        this.defaultBurst = defaultBurst;
        this.defaultRefill = defaultRefill;
    }

    String configName() {
        return configName;
    }

    /** How a refusal names what was limited. */
    String what() {
        return what;
    }

    int defaultBurst() {
        return defaultBurst;
    }

    Duration defaultRefill() {
        return defaultRefill;
    }
}
