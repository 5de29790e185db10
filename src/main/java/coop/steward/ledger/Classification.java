package coop.steward.ledger;

/** How the vendor classifies the worker. */
public enum Classification {
    EMPLOYEE, CONTRACTOR, UNKNOWN
}
