package coop.steward.common.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates, instants and amounts Steward keeps. Outside them a value could not be stored and read back
 * exactly on H2, MySQL and MariaDB (JDBC shifts dates before the Gregorian reform of 1582 through the Julian
 * calendar, and the year 0 does not exist there), or its arithmetic could overflow; so they are refused at the
 * door, before anything is hashed into the chain. See {@code docs/reliability.md}.
 */
public final class SupportedRange {

    /** The Unix epoch: no worker's record of contract work is older, and every database agrees on it. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
    /** Far enough ahead for any deadline or contract end, while a year or two beyond it still computes. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minusNanos(1_000);
    /**
     * The largest amount in minor units: ten billion in a currency of two decimals. A million such amounts still
     * sum well inside a {@code long}, so no total over a worker's records can wrap.
     */
    public static final long MAX_MINOR_UNITS = 1_000_000_000_000L;

    public static final String DATE_MESSAGE = "must be a date from 1970-01-01 to 2199-12-31, such as 2026-11-28";
    public static final String INSTANT_MESSAGE = "must be an instant from 1970-01-01T00:00:00Z to 2199-12-31T23:59:59.999999Z"
            + " with at most six fractional digits, such as 2026-11-28T14:30:00Z";
    public static final String AMOUNT_MESSAGE = "must be from 0 to 1000000000000 minor units";

    private SupportedRange() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** Within the range and no finer than the microseconds a {@code DATETIME(6)} column keeps. */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && !instant.isAfter(LATEST_INSTANT) && instant.getNano() % 1_000 == 0;
    }

    public static boolean containsAmount(long minorUnits) {
        return minorUnits >= 0 && minorUnits <= MAX_MINOR_UNITS;
    }
}
