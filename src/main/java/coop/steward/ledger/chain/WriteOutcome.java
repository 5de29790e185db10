package coop.steward.ledger.chain;

/** What a write did: a new record, a correction, a deletion, or nothing because it was a retry. */
public record WriteOutcome<R>(Kind kind, R revision) {

    /** How a write ended. */
    public enum Kind { CREATED, CORRECTED, DELETED, UNCHANGED }

    public boolean stored() {
        return kind != Kind.UNCHANGED;
    }
}
