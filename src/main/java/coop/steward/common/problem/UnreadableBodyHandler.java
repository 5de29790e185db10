package coop.steward.common.problem;

import com.fasterxml.jackson.core.exc.StreamReadException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * A body that cannot be read as the request expects: broken JSON is a malformed request, a value of the wrong
 * type names its field. The framework's own message is never echoed, since it names Steward's classes.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
final class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        Optional<String> field = isSyntaxError(exception) ? Optional.empty() : fieldOf(exception);
        if (field.isPresent()) {
            return Problems.respond(HttpResponse.badRequest(), request, ProblemType.VALIDATION, null,
                    List.of(new Violation(field.get(), "has the wrong type or format")));
        }
        return Problems.respond(HttpResponse.badRequest(), request, ProblemType.MALFORMED_REQUEST,
                "The body is not the JSON this request expects", List.of());
    }

    private static boolean isSyntaxError(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> fieldOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidPropertyFormatException invalid) {
                return Optional.of(invalid.getArgument().getName());
            }
            if (cause instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                return Optional.of(fieldOf(serde.getPath()));
            }
        }
        return Optional.empty();
    }

    /** The path as the client wrote it, such as {@code items[2].minutes}. */
    private static String fieldOf(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (ReferencePath step : path) {
            if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                field.append('[').append(entry.key()).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(step.getArgument().getName());
            }
        }
        return field.toString();
    }
}
