package coop.steward.common.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;

/**
 * Keeps the raw JSON body beside the request, so that when binding it fails {@link ConversionProblemHandler}
 * can tell which field it was: the binder itself reports only that the whole body failed.
 */
@ServerFilter(patterns = "/api/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
final class JsonBodyKeeper {

    static final String BODY = "steward.json-body";

    @RequestFilter
    void keep(HttpRequest<?> request, @Body @Nullable byte[] body) {
        boolean json = request.getContentType().map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
        if (json && body != null) {
            request.setAttribute(BODY, body);
        }
    }

    static Optional<byte[]> body(HttpRequest<?> request) {
        return request.getAttribute(BODY, byte[].class);
    }
}
