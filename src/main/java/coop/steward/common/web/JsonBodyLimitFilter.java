package coop.steward.common.web;

import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;

/**
 * JSON bodies are held to 1 MB, although the server accepts larger requests for file uploads
 * ({@code micronaut.server.max-request-size}): a record never needs more, and parsing less is cheaper.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class JsonBodyLimitFilter {

    private final long maxJsonBytes;

    JsonBodyLimitFilter(@Value("${steward.max-json-body:1048576}") long maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        boolean json = request.getContentType()
                .map(type -> type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                .orElse(false);
        if (json && request.getContentLength() > maxJsonBytes) {
            return Problems.respond(HttpResponse.status(ProblemType.PAYLOAD_TOO_LARGE.status()), request,
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "JSON bodies may be at most " + maxJsonBytes + " bytes; this one has " + request.getContentLength(),
                    List.of());
        }
        return null;
    }
}
