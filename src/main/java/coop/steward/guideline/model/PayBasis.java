package coop.steward.guideline.model;

/** How an engagement's agreed rate is counted: per hour, per task or per month. */
public enum PayBasis {
    HOURLY, PER_TASK, SALARIED
}
