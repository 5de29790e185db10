package coop.steward.record;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a record counts as written late: more than 72 hours after what it records was over. A late record is
 * still kept and counted; it is marked so that whoever weighs it as evidence knows memory, not a log, wrote it.
 */
public final class Lateness {

    private static final Duration LATE_AFTER = Duration.ofHours(72);

    private Lateness() {
    }

    /** A record of something that ended at {@code endedAt}. */
    public static boolean isLate(Instant endedAt, Instant recordedAt) {
        return recordedAt.isAfter(endedAt.plus(LATE_AFTER));
    }

    /**
     * A record of something that happened on a day (a payment, a grievance): the day is over once it has ended
     * everywhere, which UTC's end of it stands for, so no worker's zone makes it late sooner.
     */
    public static boolean isLate(LocalDate day, Instant recordedAt) {
        return isLate(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), recordedAt);
    }
}
