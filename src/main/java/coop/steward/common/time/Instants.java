package coop.steward.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the database keeps them. */
public final class Instants {

    private Instants() {
    }

    /** Now, truncated to the microseconds a {@code DATETIME(6)} column keeps, so a value reads back equal. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
