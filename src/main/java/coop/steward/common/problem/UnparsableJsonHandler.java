package coop.steward.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JacksonExceptionHandler;
import jakarta.inject.Singleton;

/** JSON the parser refused (broken syntax, a key given twice), as Jackson reports it. */
@Singleton
@Replaces(JacksonExceptionHandler.class)
final class UnparsableJsonHandler implements ExceptionHandler<JsonProcessingException, HttpResponse<Problem>> {

    // ExceptionHandler declares the raw HttpRequest, so an override cannot name its body type.
    @SuppressWarnings("rawtypes")
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, JsonProcessingException exception) {
        return UnreadableBodyHandler.unparsable(request, exception);
    }
}
