package coop.steward.ledger;

/** The kinds of time that work takes and platforms often do not pay for. */
public enum UnpaidCategory {
    /** Onboarding and qualification tests. */
    ONBOARDING_AND_TESTS,
    /** Reading instructions and training. */
    INSTRUCTIONS_AND_TRAINING,
    /** Logged in and available, waiting for tasks. */
    WAITING_FOR_TASKS,
    /** Research done while the task timer was paused. */
    PAUSED_RESEARCH,
    /** Redoing work that was sent back. */
    REWORK,
    /** Work that was rejected or disputed and not paid. */
    REJECTED_OR_DISPUTED,
    /** Invoicing, time sheets, platform admin. */
    ADMIN
}
