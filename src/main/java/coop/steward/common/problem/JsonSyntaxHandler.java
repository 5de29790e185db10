package coop.steward.common.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

/** JSON the parser refused (broken syntax, a key given twice), as Micronaut wraps it. */
@Singleton
@Replaces(JsonExceptionHandler.class)
final class JsonSyntaxHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<Problem>> {

    // ExceptionHandler declares the raw HttpRequest, so an override cannot name its body type.
    @SuppressWarnings("rawtypes")
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, JsonSyntaxException exception) {
        return UnreadableBodyHandler.unparsable(request, exception);
    }
}
