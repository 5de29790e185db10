package coop.steward.common.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** Writes problem documents onto responses, the one place that decides their shape. */
public final class Problems {

    private Problems() {
    }

    public static MutableHttpResponse<Problem> respond(MutableHttpResponse<?> response, HttpRequest<?> request,
                                                       ProblemType type, String detail, List<Violation> violations) {
        // A 500 never says more than its title: its detail could carry internals.
        String safeDetail = type.status().getCode() >= 500 ? null : detail;
        Problem problem = new Problem(type.uri(), type.title(), type.status().getCode(), safeDetail,
                request.getPath(), violations);
        return response.status(type.status())
                .contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(problem);
    }
}
