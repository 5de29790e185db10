package coop.steward.ledger;

/** How an engagement pays: by the hour, by the task, or a salary per month. */
public enum PayBasis {
    HOURLY, PER_TASK, SALARIED
}
