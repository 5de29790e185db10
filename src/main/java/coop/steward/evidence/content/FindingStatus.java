package coop.steward.evidence.content;

/** What an assessment concluded about one criterion; the pack prints it in the pack's language. */
public enum FindingStatus {
    MET, BREACHED, NOT_ENOUGH_DATA
}
