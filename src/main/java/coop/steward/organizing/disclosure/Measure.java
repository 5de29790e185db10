package coop.steward.organizing.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a cell sums: magnitudes (minutes, money in reporting-currency minor units) and counts of events. */
public enum Measure {
    PAID_MINUTES(Kind.MAGNITUDE, Unit.MINUTES),
    UNPAID_ONBOARDING_AND_TESTS(Kind.MAGNITUDE, Unit.MINUTES),
    UNPAID_INSTRUCTIONS_AND_TRAINING(Kind.MAGNITUDE, Unit.MINUTES),
    UNPAID_WAITING_FOR_TASKS(Kind.MAGNITUDE, Unit.MINUTES),
    UNPAID_PAUSED_RESEARCH(Kind.MAGNITUDE, Unit.MINUTES),
    UNPAID_REWORK(Kind.MAGNITUDE, Unit.MINUTES),
    UNPAID_REJECTED_OR_DISPUTED(Kind.MAGNITUDE, Unit.MINUTES),
    UNPAID_ADMIN(Kind.MAGNITUDE, Unit.MINUTES),
    NET_PAY(Kind.MAGNITUDE, Unit.MONEY),
    GROSS_PAY(Kind.MAGNITUDE, Unit.MONEY),
    FEES(Kind.MAGNITUDE, Unit.MONEY),
    SESSIONS(Kind.COUNT, Unit.EVENTS),
    PAYMENTS(Kind.COUNT, Unit.EVENTS),
    LATE_PAYMENTS(Kind.COUNT, Unit.EVENTS),
    WORKER_WEEKS(Kind.COUNT, Unit.EVENTS),
    WEEKS_BELOW_MINIMUM(Kind.COUNT, Unit.EVENTS),
    WEEKS_ASSESSED_MINIMUM(Kind.COUNT, Unit.EVENTS),
    WEEKS_BELOW_LIVING(Kind.COUNT, Unit.EVENTS),
    WEEKS_ASSESSED_LIVING(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_NON_PAYMENT(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_UNDERPAYMENT(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_LATE_PAYMENT(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_UNPAID_WORK(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_DEACTIVATION_WITHOUT_REASON(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_REJECTION_WITHOUT_APPEAL(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_UNSAFE_CONTENT_WITHOUT_SUPPORT(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_MISCLASSIFICATION(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_RETALIATION(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_DISCRIMINATION(Kind.COUNT, Unit.EVENTS),
    GRIEVANCES_OTHER(Kind.COUNT, Unit.EVENTS);

    /** MAGNITUDE gets the permanent per-worker noise and coarse rounding; COUNT is a count of events. */
    public enum Kind { MAGNITUDE, COUNT }

    /** What one unit of the measure is. */
    public enum Unit { MINUTES, MONEY, EVENTS }

    private static final List<Measure> MINUTE_MEASURES =
            Arrays.stream(values()).filter(measure -> measure.unit == Unit.MINUTES).toList();

    private final Kind kind;
    private final Unit unit;

    Measure(Kind kind, Unit unit) {
        this.kind = kind;
        this.unit = unit;
    }

    public Kind kind() {
        return kind;
    }

    public Unit unit() {
        return unit;
    }

    /**
     * The measure this one counts a part of (late payments of payments, weeks below a wage of the weeks assessed
     * against it), or null. Each measure carries its own noise, so a published part is capped at its whole: a share
     * of more than 100 % would be the noise speaking, not the records.
     */
    public Measure wholeOf() {
        return switch (this) {
            case LATE_PAYMENTS -> PAYMENTS;
            case WEEKS_BELOW_MINIMUM -> WEEKS_ASSESSED_MINIMUM;
            case WEEKS_BELOW_LIVING -> WEEKS_ASSESSED_LIVING;
            case WEEKS_ASSESSED_MINIMUM, WEEKS_ASSESSED_LIVING -> WORKER_WEEKS;
            default -> null;
        };
    }

    /** Paid minutes and every unpaid category: together they are a cell's "all minutes". */
    public static List<Measure> minutes() {
        return MINUTE_MEASURES;
    }

    /** The measure of one unpaid-time category, named as {@code ledger.UnpaidCategory} names it. */
    public static Measure unpaid(String unpaidCategory) {
        return valueOf("UNPAID_" + unpaidCategory.toUpperCase(Locale.ROOT));
    }

    /** The measure counting grievances of one category, named as {@code grievance.GrievanceCategory} names it. */
    public static Measure grievances(String grievanceCategory) {
        return valueOf("GRIEVANCES_" + grievanceCategory.toUpperCase(Locale.ROOT));
    }
}
