package coop.steward.guideline.model;

/** How serious a breach of a criterion is. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
