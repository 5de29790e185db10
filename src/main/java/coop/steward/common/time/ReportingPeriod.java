package coop.steward.common.time;

import coop.steward.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The days a summary, an assessment or an evidence pack covers: {@code from} to {@code to} inclusive, at most five years. */
public final class ReportingPeriod {

    public static final int LONGEST_YEARS = 5;

    private ReportingPeriod() {
    }

    /** A day the caller named in the field (a query's {@code from} or {@code to}), refused unless it is YYYY-MM-DD. */
    public static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }

    /** Refuses a period that ends before it starts, or that covers more than {@value #LONGEST_YEARS} years. */
    public static void check(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (from.plusYears(LONGEST_YEARS).isBefore(to)) {
            throw ProblemException.invalid("to", "a period covers at most " + LONGEST_YEARS + " years");
        }
    }
}
