package coop.steward.reliability;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served API document is a contract a client can be generated from: every operation has a summary and an id
 * that says what it does, never a framework's {@code list_1}. It is written to target/openapi.yml, where
 * {@code .ci/run} lints it with Redocly and generates a TypeScript client from it.
 */
@MicronautTest
class OpenApiDocumentControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAMeaningfulUniqueIdAndASummary() throws IOException {
        String served = client.toBlocking().retrieve(HttpRequest.GET("/openapi/steward-0.1.yml"), String.class);
        Files.writeString(Path.of("target", "openapi.yml"), served, StandardCharsets.UTF_8);

        Map<String, Object> document = new Yaml().load(served);
        List<String> ids = new ArrayList<>();
        List<String> withoutSummary = new ArrayList<>();
        ((Map<String, Map<String, Map<String, Object>>>) document.get("paths")).forEach((path, operations) ->
                operations.forEach((method, operation) -> {
                    ids.add((String) operation.get("operationId"));
                    if (operation.get("summary") == null && !path.equals("/login")) {
                        withoutSummary.add(method + " " + path);
                    }
                }));
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id == null || id.matches(".*_\\d+$"));
        assertThat(withoutSummary).isEmpty();
        assertThat(document.get("servers")).isNotNull();
    }
}
