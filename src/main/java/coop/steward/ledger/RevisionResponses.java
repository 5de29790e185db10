package coop.steward.ledger;

import coop.steward.ledger.chain.WriteOutcome;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;
import java.util.function.ToIntFunction;

/**
 * How a write of a chained record answers: 201 with its location when it created the record (also for a
 * retry of that creation, so the phone sees the same result twice), 200 for a correction, 204 for a
 * deletion; always the revision as an ETag for the next {@code If-Match}.
 */
public final class RevisionResponses {

    private RevisionResponses() {
    }

    public static <V> MutableHttpResponse<V> of(WriteOutcome<V> outcome, URI location, ToIntFunction<V> revision) {
        int number = revision.applyAsInt(outcome.revision());
        MutableHttpResponse<V> response = switch (outcome.kind()) {
            case CREATED -> HttpResponse.created(outcome.revision(), location);
            case UNCHANGED -> number == 1 ? HttpResponse.created(outcome.revision(), location) : HttpResponse.ok(outcome.revision());
            case CORRECTED -> HttpResponse.ok(outcome.revision());
            case DELETED -> HttpResponse.noContent();
        };
        return response.header(HttpHeaders.ETAG, etag(number));
    }

    public static String etag(int revision) {
        return "\"" + revision + "\"";
    }
}
