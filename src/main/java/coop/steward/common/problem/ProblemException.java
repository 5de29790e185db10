package coop.steward.common.problem;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;

/** Thrown by a feature to answer with a problem of a known kind; it rolls back the transaction it leaves. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final List<Violation> violations;
    @Nullable
    private final Duration retryAfter;

    public ProblemException(ProblemType type, @Nullable String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, @Nullable String detail, List<Violation> violations) {
        this(type, detail, violations, null);
    }

    private ProblemException(ProblemType type, @Nullable String detail, List<Violation> violations,
                             @Nullable Duration retryAfter) {
        super(detail != null ? detail : type.title(), null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    /** A refusal the client may try again after the given wait, sent as {@code Retry-After} in whole seconds. */
    public static ProblemException retryLater(ProblemType type, String detail, Duration retryAfter) {
        return new ProblemException(type, detail, List.of(), retryAfter);
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

    @Nullable
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least one, so that a client that waits them is not refused again. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
