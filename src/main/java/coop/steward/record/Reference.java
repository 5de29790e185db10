package coop.steward.record;

import coop.steward.common.problem.Violation;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A record that a write names in one of its fields (a session's gig), which must be one of the worker's live records
 * of its kind when the write is stored. The revision log checks it under the worker's lock, so a deletion cannot
 * slip between the check and the write, and a commit lane reads every reference of its group at once.
 */
public record Reference(String field, RevisionStore<?> store, @Nullable UUID recordId, String refusal) {

    /** How a write that names something else is refused: the field, and why. */
    public Violation violation() {
        return new Violation(field, refusal);
    }
}
