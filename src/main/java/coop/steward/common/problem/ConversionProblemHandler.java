package coop.steward.common.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names the field whose value could not be read. The JSON binder reports only that the whole body failed
 * ("Cannot deserialize value of type TaskKind"), so the body is read again field by field against the
 * request's introspection, and each field that fails is named with what it should have been.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
final class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private final JsonMapper json;

    ConversionProblemHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        Argument<?> argument = exception.getArgument();
        List<Violation> violations = bodyFieldsThatFail(request, argument);
        if (violations.isEmpty()) {
            boolean body = argument.getAnnotationMetadata().hasAnnotation(Body.class);
            violations = List.of(body ? new Violation("body", "must be a JSON object with the documented fields")
                    : new Violation(argument.getName(), expectation(argument)));
        }
        return Problems.respond(HttpResponse.badRequest(), request, ProblemType.VALIDATION, null, violations);
    }

    private List<Violation> bodyFieldsThatFail(HttpRequest<?> request, Argument<?> argument) {
        Optional<BeanIntrospection<Object>> introspection = BeanIntrospector.SHARED.findIntrospection(
                (Class<Object>) argument.getType());
        Optional<byte[]> body = JsonBodyKeeper.body(request);
        if (introspection.isEmpty() || body.isEmpty()) {
            return List.of();
        }
        Map<String, Object> fields;
        try {
            fields = json.readValue(body.get(), Argument.mapOf(String.class, Object.class));
        } catch (Exception notAnObject) {
            return List.of(new Violation("body", "must be a JSON object"));
        }
        List<Violation> violations = new ArrayList<>();
        for (BeanProperty<Object, Object> property : introspection.get().getBeanProperties()) {
            String name = property.getAnnotationMetadata().stringValue(JsonProperty.class).orElse(property.getName());
            Object value = fields.get(name);
            if (value == null) {
                continue;
            }
            try {
                json.readValueFromTree(json.writeValueToTree(value), property.asArgument());
            } catch (Exception e) {
                violations.add(new Violation(name, expectation(property.asArgument())));
            }
        }
        return violations;
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
            return "must be an instant in ISO 8601 such as 2026-11-28T14:30:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-11-28";
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
