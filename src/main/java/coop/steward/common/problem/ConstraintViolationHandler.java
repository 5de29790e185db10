package coop.steward.common.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names each refused field as the client sent it ({@code handle}, {@code items[2].minutes}), not as the
 * framework sees it ({@code register.request.handle}).
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    // ExceptionHandler declares the raw HttpRequest, so an override cannot name its body type.
    @SuppressWarnings("rawtypes")
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Violation> violations = exception.getConstraintViolations().stream()
                .map(violation -> new Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return Problems.respond(HttpResponse.badRequest(), request, ProblemType.VALIDATION, null, violations);
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.BEAN) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            } else if (node.getKey() != null) {
                name = name + "[" + node.getKey() + "]";
            }
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter != null ? parameter : "body";
        }
        return String.join(".", parts);
    }
}
