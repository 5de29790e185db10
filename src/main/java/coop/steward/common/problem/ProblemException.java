package coop.steward.common.problem;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Thrown by a feature to answer with a problem of a known kind; it rolls back the transaction it leaves. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final List<Violation> violations;

    public ProblemException(ProblemType type, @Nullable String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, @Nullable String detail, List<Violation> violations) {
        super(detail != null ? detail : type.title(), null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new Violation(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }
}
