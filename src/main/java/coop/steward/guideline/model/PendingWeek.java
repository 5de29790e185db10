package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An ISO week whose promised payment date has not passed on the day of the assessment: its hours are set apart,
 * counted neither as owed nor as late until {@code dueOn} has passed.
 */
public record PendingWeek(String week, BigDecimal hours, LocalDate dueOn) {
}
