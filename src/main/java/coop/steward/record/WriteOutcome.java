package coop.steward.record;

import java.util.function.Function;

/** What a write did: a new record, a correction, a deletion, or nothing because it was a retry. */
public record WriteOutcome<R>(Kind kind, R revision) {

    /** How a write ended. */
    public enum Kind { CREATED, CORRECTED, DELETED, UNCHANGED }

    /** The same outcome, with the revision as callers show it. */
    public <V> WriteOutcome<V> map(Function<R, V> view) {
        return new WriteOutcome<>(kind, view.apply(revision));
    }

    public boolean stored() {
        return kind != Kind.UNCHANGED;
    }
}
