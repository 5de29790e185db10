package coop.steward.guideline.model;

/** How the vendor classifies the worker. */
public enum Classification {
    EMPLOYEE, CONTRACTOR, UNKNOWN
}
