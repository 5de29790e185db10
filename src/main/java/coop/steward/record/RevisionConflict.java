package coop.steward.record;

import coop.steward.common.problem.Violation;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A write that the stored revisions refuse: the id is taken by a different record, the record was deleted, or
 * the revision the writer read is no longer current. It rolls back the transaction it leaves.
 */
public final class RevisionConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the write was refused. */
    public enum Reason { EXISTS, DELETED, STALE }

    private final Reason reason;
    private final @Nullable String detail;
    private final List<Violation> violations;

    RevisionConflict(Reason reason, @Nullable String detail, List<Violation> violations) {
        super(detail != null ? detail : reason.name(), null, false, false);
        this.reason = reason;
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    static RevisionConflict stale(String detail) {
        return new RevisionConflict(Reason.STALE, detail, List.of(new Violation("If-Match", detail)));
    }

    public Reason reason() {
        return reason;
    }

    @Nullable
    public String detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }
}
