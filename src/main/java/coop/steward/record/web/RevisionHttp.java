package coop.steward.record.web;

import coop.steward.common.problem.ProblemException;
import coop.steward.record.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;
import java.util.function.ToIntFunction;

/**
 * The HTTP side of a revisioned record. A write answers 201 with its location when it created the record (also
 * for a retry of that creation, so the phone sees the same result twice), 200 for a correction, 204 for a
 * deletion; always the revision as an ETag, which the next write sends back as {@code If-Match}.
 */
public final class RevisionHttp {

    private RevisionHttp() {
    }

    public static <V> MutableHttpResponse<V> respond(WriteOutcome<V> outcome, URI location, ToIntFunction<V> revision) {
        int number = revision.applyAsInt(outcome.revision());
        MutableHttpResponse<V> response = switch (outcome.kind()) {
            case CREATED -> HttpResponse.created(outcome.revision(), location);
            case UNCHANGED -> number == 1 ? HttpResponse.created(outcome.revision(), location) : HttpResponse.ok(outcome.revision());
            case CORRECTED -> HttpResponse.ok(outcome.revision());
            case DELETED -> HttpResponse.noContent();
        };
        return response.header(HttpHeaders.ETAG, etag(number));
    }

    /** A record read as it stands, with its revision as the ETag. */
    public static <V> MutableHttpResponse<V> current(V view, int revision) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, etag(revision));
    }

    public static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /** Reads an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}; null when there is none. */
    @Nullable
    public static Integer ifMatch(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            int revision = Integer.parseInt(value);
            if (revision < 1) {
                throw new NumberFormatException();
            }
            return revision;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the revision you read, such as \"3\"");
        }
    }
}
