package coop.steward.support;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import org.assertj.core.api.ThrowableAssert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asserts that a call was refused with a problem document of the right kind, naming the right fields. */
public final class ProblemAssert {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private ProblemAssert() {
    }

    /** Runs the call, expects it to fail, and returns the problem document it answered. */
    public static Problem refused(ThrowableAssert.ThrowingCallable call) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, call);
        assertThat(e).as("the call should have been refused").isNotNull();
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        String body = e.getResponse().getBody(String.class).orElseThrow();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(body, Map.class);
            return new Problem(e.getStatus().getCode(), map, body, e.getResponse().getHeaders().get("Retry-After"));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** A problem document as read back by a test. */
    public record Problem(int httpStatus, Map<String, Object> body, String raw, String retryAfter) {

        /** The whole seconds the answer's {@code Retry-After} asks the client to wait; fails if it has none. */
        public long retryAfterSeconds() {
            assertThat(retryAfter).as("Retry-After").isNotNull().matches("[0-9]+");
            return Long.parseLong(retryAfter);
        }

        public String type() {
            return (String) body.get("type");
        }

        public Object detail() {
            return body.get("detail");
        }

        @SuppressWarnings("unchecked")
        public List<String> fields() {
            List<Map<String, Object>> violations = (List<Map<String, Object>>) body.getOrDefault("violations", List.of());
            return violations.stream().map(v -> (String) v.get("field")).toList();
        }

        public Problem hasStatus(int status) {
            assertThat(httpStatus).isEqualTo(status);
            assertThat(body.get("status")).isEqualTo(status);
            return this;
        }

        public Problem hasType(String slug) {
            assertThat(type()).isEqualTo("/problems/" + slug);
            return this;
        }

        public Problem namesFields(String... fields) {
            assertThat(fields()).contains(fields);
            return this;
        }
    }

}
