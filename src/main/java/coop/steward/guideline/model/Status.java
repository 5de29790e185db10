package coop.steward.guideline.model;

/** The outcome of one criterion for one worker and period. */
public enum Status {
    MET, BREACHED, NOT_ENOUGH_DATA
}
