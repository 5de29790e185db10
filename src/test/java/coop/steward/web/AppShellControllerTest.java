package coop.steward.web;

import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AppShellControllerTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/signin", "/signup", "/verify", "/app", "/app/records", "/app/records/sessions/0190f7a0-0000-7000-8000-000000000000"})
    void everyPageRouteAnswersTheShellSignedOut(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self';").contains("style-src 'self';").doesNotContain("unsafe"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("/assets/app.js").contains("/manifest.webmanifest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/app.js", "/assets/app.css", "/assets/i18n/sw.json", "/sw.js", "/manifest.webmanifest",
            "/assets/icons/icon-512.png"})
    void theAppsFilesAreServedToAnyone(String path) throws Exception {
        assertThat(get(path, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theManifestMakesTheAppInstallable() throws Exception {
        Map<String, Object> manifest = ObjectMapper.getDefault().readValue(get("/manifest.webmanifest", null).body(),
                Argument.mapOf(String.class, Object.class));
        assertThat(manifest).containsKeys("name", "short_name", "theme_color").containsEntry("display", "standalone")
                .containsEntry("start_url", "/app");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> icons = (List<Map<String, String>>) manifest.get("icons");
        assertThat(icons).extracting(icon -> icon.get("sizes")).contains("192x192", "512x512");
        for (Map<String, String> icon : icons) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(get(icon.get("src"), null).body()));
            assertThat(image.getWidth() + "x" + image.getHeight()).as(icon.get("src")).isEqualTo(icon.get("sizes"));
        }
    }

    @Test
    void scriptsTravelCompressed() throws Exception {
        HttpResponse<byte[]> response = get("/assets/app.js", "gzip");
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        assertThat(new String(plain, StandardCharsets.UTF_8)).contains("boot()");
        assertThat(response.body().length).isLessThan(plain.length);
    }

    @Test
    void anUnknownApiRouteIsStillAProblemNotThePage() throws Exception {
        HttpResponse<byte[]> response = get("/api/no-such-thing", null);
        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }
}
