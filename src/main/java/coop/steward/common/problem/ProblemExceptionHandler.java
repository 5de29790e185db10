package coop.steward.common.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a {@link ProblemException} with its own kind and fields. */
@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    // ExceptionHandler declares the raw HttpRequest, so an override cannot name its body type.
    @SuppressWarnings("rawtypes")
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        // A problem thrown without a detail of its own says nothing more than its title.
        String detail = exception.getMessage().equals(exception.type().title()) ? null : exception.getMessage();
        MutableHttpResponse<Problem> response = Problems.respond(HttpResponse.status(exception.type().status()),
                request, exception.type(), detail, exception.violations());
        if (exception.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER,
                    String.valueOf(ProblemException.retryAfterSeconds(exception.retryAfter())));
        }
        return response;
    }
}
