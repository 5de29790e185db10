package coop.steward.common.web;

import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Problems;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;

import java.util.List;

/**
 * Gives a problem document to any error that would leave without a body, such as a cross-origin request the CORS
 * filter refuses before any route runs: a client must be able to read every error the same way.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ProblemBodyFilter implements Ordered {

    @ResponseFilter
    void fill(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || request.getMethod() == HttpMethod.HEAD || response.getBody().isPresent()) {
            return;
        }
        Problems.respond(response, request, ProblemType.forStatus(response.getStatus()), null, List.of());
    }

    /** Outside every other filter, so that answers the security or CORS filter gives early are covered too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
