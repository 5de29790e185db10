package coop.steward.common.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import coop.steward.common.json.RefusedValue;
import coop.steward.common.validation.SupportedRange;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A body that cannot be read as the request expects: broken JSON is a malformed request, a value of the wrong
 * type names its field. The framework's own message is never echoed, since it names Steward's classes.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
final class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    static final String UNKNOWN_KEY = "is not a field of this request";

    // ExceptionHandler declares the raw HttpRequest, so an override cannot name its body type.
    @SuppressWarnings("rawtypes")
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        Argument<?> argument = exception.getArgument();
        if (!argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return Problems.respond(HttpResponse.badRequest(), request, ProblemType.VALIDATION, null,
                    List.of(new Violation(argument.getName(), expectation(argument))));
        }
        Optional<Violation> field = duplicateKey(exception).or(() -> isSyntaxError(exception) ? Optional.empty() : fieldOf(exception));
        if (field.isPresent()) {
            return Problems.respond(HttpResponse.badRequest(), request, ProblemType.VALIDATION, null,
                    List.of(field.get()));
        }
        return Problems.respond(HttpResponse.badRequest(), request, ProblemType.MALFORMED_REQUEST,
                "The body is not the JSON this request expects", List.of());
    }

    /** JSON that does not parse: a key given twice is named, anything else is a malformed request. */
    static HttpResponse<Problem> unparsable(HttpRequest<?> request, Throwable exception) {
        Optional<Violation> duplicate = duplicateKey(exception);
        if (duplicate.isPresent()) {
            return Problems.respond(HttpResponse.badRequest(), request, ProblemType.VALIDATION, null,
                    List.of(duplicate.get()));
        }
        return Problems.respond(HttpResponse.badRequest(), request, ProblemType.MALFORMED_REQUEST,
                "The body is not well-formed JSON", List.of());
    }

    /** A key given twice (Jackson's strict duplicate detection) is named with its place in the document. */
    private static Optional<Violation> duplicateKey(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && parse.getProcessor() != null
                    && parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field")) {
                return Optional.of(new Violation(pathOf(parse.getProcessor().getParsingContext()), "is given more than once"));
            }
        }
        return Optional.empty();
    }

    private static String pathOf(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inArray()) {
                steps.add(0, "[" + step.getCurrentIndex() + "]");
            } else if (step.getCurrentName() != null) {
                steps.add(0, "." + step.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** The client-facing message of a value one of our deserializers refused, if one did. */
    private static Optional<String> refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedValue refused) {
                return Optional.of(refused.getMessage());
            }
        }
        return Optional.empty();
    }

    private static boolean isSyntaxError(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Violation> fieldOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                List<ReferencePath> path = serde.getPath();
                if (isUnknownKey(serde)) {
                    return Optional.of(new Violation(fieldOf(path), UNKNOWN_KEY));
                }
                Argument<?> innermost = path.get(0).getArgument();
                return Optional.of(new Violation(fieldOf(path), refusal(exception).orElseGet(() -> expectation(innermost))));
            }
            if (cause instanceof InvalidPropertyFormatException invalid) {
                return Optional.of(new Violation(wireName(invalid.getArgument()),
                        refusal(exception).orElseGet(() -> expectation(invalid.getArgument()))));
            }
        }
        return Optional.empty();
    }

    private static boolean isUnknownKey(SerdeException serde) {
        return serde.getMessage() != null && serde.getMessage().startsWith("Unknown property");
    }

    /**
     * The path as the client wrote it, such as {@code items[2].minutes}. Serde records it innermost first, as the
     * exception leaves each nested value.
     */
    private static String fieldOf(List<ReferencePath> innermostFirst) {
        List<ReferencePath> path = new ArrayList<>(innermostFirst);
        Collections.reverse(path);
        StringBuilder field = new StringBuilder();
        for (ReferencePath step : path) {
            if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                field.append('[').append(entry.key()).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(wireName(step.getArgument()));
            }
        }
        return field.toString();
    }

    /** A property renamed for the wire ({@code refresh_token}) is named as it is written there. */
    static String wireName(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(JsonProperty.class).orElse(argument.getName());
    }

    static String expectation(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type.isEnum()) {
            return "must be one of " + constants(type);
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Instant.class) {
            return SupportedRange.INSTANT_MESSAGE;
        }
        if (type == LocalDate.class) {
            return SupportedRange.DATE_MESSAGE;
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (Map.class.isAssignableFrom(type)) {
            Argument<?> key = argument.getTypeParameters().length > 0 ? argument.getTypeParameters()[0] : null;
            return key != null && key.getType().isEnum()
                    ? "must be an object whose keys are among " + constants(key.getType()) + " and whose values are whole numbers"
                    : "must be an object";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "has the wrong type";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
