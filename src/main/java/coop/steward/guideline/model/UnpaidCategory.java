package coop.steward.guideline.model;

/** What unpaid time in a work session was spent on. */
public enum UnpaidCategory {
    ONBOARDING_AND_TESTS, INSTRUCTIONS_AND_TRAINING, WAITING_FOR_TASKS, PAUSED_RESEARCH, REWORK, REJECTED_OR_DISPUTED, ADMIN
}
