package coop.steward.common.web;

import coop.steward.support.TestAccounts;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers every answer carries, and the shape of errors the framework answers before any controller runs. */
@MicronautTest(transactional = false)
class SecurityHeadersControllerTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerForbidsSniffingFramingAndReferrers() throws Exception {
        for (String path : new String[] {"/", "/api/me", "/health", "/api/no-such-thing"}) {
            HttpResponse<String> response = send(request(path));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void strictTransportSecurityIsLeftToAPortalConfiguredForTls() throws Exception {
        assertThat(send(request("/health")).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void tokensAndPersonalAnswersAreNeverCached() throws Exception {
        String handle = TestAccounts.kansasCityWorker(client.toBlocking()).handle();
        HttpResponse<String> login = send(request("/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + handle + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");

        String access = login.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> me = send(request("/api/me").header("Authorization", "Bearer " + access));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aForeignOriginIsRefusedWithAProblemDocument() throws Exception {
        HttpResponse<String> response = send(request("/api/accounts").header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"handle\":\"kc-labeler\"}")));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertProblem(response);
    }

    @Test
    void aSignInWithoutAContentTypeIsRefusedWithAProblemDocument() throws Exception {
        HttpResponse<String> response = send(request("/login")
                .POST(HttpRequest.BodyPublishers.ofString("username=kc-labeler&password=x")));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertProblem(response);
    }

    @Test
    void aSignInWithoutAnyBodyIsRefusedWithAProblemDocument() throws Exception {
        HttpResponse<String> response = send(request("/login").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertProblem(response);
    }

    @Test
    void basicSignInIsOffAndNotAdvertised() throws Exception {
        String handle = TestAccounts.nairobiWorker(client.toBlocking()).handle();
        String basic = Base64.getEncoder().encodeToString((handle + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = send(request("/api/me").header("Authorization", "Basic " + basic));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .noneSatisfy(value -> assertThat(value).containsIgnoringCase("basic"));
        assertProblem(response);
        assertThat(send(request("/api/me")).headers().allValues("WWW-Authenticate"))
                .noneSatisfy(value -> assertThat(value).containsIgnoringCase("basic"));
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"/problems/").contains("\"status\":" + response.statusCode());
    }
}
