package coop.steward.common.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Turns every error the framework raises (unknown route, wrong method, oversized body, refused sign-in,
 * unhandled exception) into a problem document, so that no error escapes in another shape.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        ProblemType type = status == HttpStatus.BAD_REQUEST ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
        List<Violation> violations = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Violation(error.getPath().orElseThrow(), error.getMessage()))
                .toList();
        if (!violations.isEmpty() && status == HttpStatus.BAD_REQUEST) {
            type = ProblemType.VALIDATION;
        }
        String detail = context.getErrors().stream()
                .filter(error -> error.getPath().isEmpty())
                .map(Error::getMessage)
                .findFirst()
                .orElse(null);
        return Problems.respond(response, context.getRequest(), type, detail, violations);
    }
}
