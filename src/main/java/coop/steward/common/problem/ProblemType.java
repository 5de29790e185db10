package coop.steward.common.problem;

import io.micronaut.http.HttpStatus;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A kind of error with a stable type URI. Features declare their own kinds beside these general ones;
 * the slug is part of the API and never changes once released.
 */
public record ProblemType(String slug, HttpStatus status, String title) {

    public static final String BASE = "/problems/";

    public static final ProblemType VALIDATION =
            new ProblemType("validation", HttpStatus.BAD_REQUEST, "The request has invalid fields");
    public static final ProblemType MALFORMED_REQUEST =
            new ProblemType("malformed-request", HttpStatus.BAD_REQUEST, "The request could not be read");
    public static final ProblemType UNAUTHENTICATED =
            new ProblemType("unauthenticated", HttpStatus.UNAUTHORIZED, "Sign-in required");
    public static final ProblemType FORBIDDEN =
            new ProblemType("forbidden", HttpStatus.FORBIDDEN, "Not allowed for this account");
    public static final ProblemType NOT_FOUND =
            new ProblemType("not-found", HttpStatus.NOT_FOUND, "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED =
            new ProblemType("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed here");
    public static final ProblemType NOT_ACCEPTABLE =
            new ProblemType("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation");
    public static final ProblemType CONFLICT =
            new ProblemType("conflict", HttpStatus.CONFLICT, "Conflicts with what is stored");
    public static final ProblemType PRECONDITION_FAILED =
            new ProblemType("precondition-failed", HttpStatus.PRECONDITION_FAILED, "The record has changed since you read it");
    public static final ProblemType PAYLOAD_TOO_LARGE =
            new ProblemType("payload-too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type");
    public static final ProblemType TOO_MANY_REQUESTS =
            new ProblemType("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests");
    public static final ProblemType RATE_LIMITED =
            new ProblemType("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests of this kind, try again later");
    public static final ProblemType BUSY =
            new ProblemType("busy", HttpStatus.SERVICE_UNAVAILABLE, "Busy with other work, try again shortly");
    public static final ProblemType INTERNAL =
            new ProblemType("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");
    public static final ProblemType SERVICE_UNAVAILABLE =
            new ProblemType("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable, try again shortly");

    private static final Map<HttpStatus, ProblemType> BY_STATUS = Stream.of(
                    VALIDATION, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT,
                    PRECONDITION_FAILED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, TOO_MANY_REQUESTS, INTERNAL,
                    SERVICE_UNAVAILABLE)
            .collect(Collectors.toUnmodifiableMap(ProblemType::status, Function.identity()));

    public String uri() {
        return BASE + slug;
    }

    /** The general kind for a status that no more specific handler named. */
    public static ProblemType forStatus(HttpStatus status) {
        ProblemType known = BY_STATUS.get(status);
        if (known != null) {
            return known;
        }
        return new ProblemType("http-" + status.getCode(), status, status.getReason());
    }
}
