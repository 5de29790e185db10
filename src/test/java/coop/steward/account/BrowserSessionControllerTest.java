package coop.steward.account;

import coop.steward.support.TestAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class BrowserSessionControllerTest {

    private static final Pattern COOKIE = Pattern.compile("steward_refresh=([^;]*)");
    private static final Pattern ACCESS = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private String handle;

    @BeforeEach
    void openAccount() throws Exception {
        handle = TestAccounts.uniqueHandle("browser");
        HttpResponse<String> created = send(request("/api/accounts").POST(HttpRequest.BodyPublishers.ofString(
                "{\"handle\":\"" + handle + "\",\"password\":\"" + TestAccounts.PASSWORD
                        + "\",\"locale\":\"sw\",\"timeZone\":\"Africa/Nairobi\",\"jurisdiction\":\"KE\"}"))
                .header("Content-Type", "application/json"));
        assertThat(created.statusCode()).isEqualTo(201);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn() throws Exception {
        return send(request("/api/session").header("Content-Type", "application/json").header("X-Steward-Client", "web")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + handle + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")));
    }

    private HttpResponse<String> refresh(String cookie) throws Exception {
        return send(request("/api/session/refresh").header("X-Steward-Client", "web")
                .header("Cookie", "steward_refresh=" + cookie).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String cookieOf(HttpResponse<String> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher matcher = COOKIE.matcher(header);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String accessOf(HttpResponse<String> response) {
        Matcher matcher = ACCESS.matcher(response.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void signingInPutsTheRefreshTokenInAnHttpOnlyStrictCookieAndNeverInTheBody() throws Exception {
        HttpResponse<String> response = signIn();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("access_token").doesNotContain("refresh_token");
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/api/session");
        assertThat(cookieOf(response)).hasSizeGreaterThan(30);
    }

    @Test
    void aRetriedRefreshKeepsTheTabSignedInButAReplayAfterASuccessorIsUsedSignsTheFamilyOut() throws Exception {
        String first = cookieOf(signIn());
        HttpResponse<String> refreshed = refresh(first);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String second = cookieOf(refreshed);
        assertThat(second).isNotEqualTo(first);
        assertThat(send(request("/api/me").header("Authorization", "Bearer " + accessOf(refreshed))).body()).contains(handle);

        HttpResponse<String> retried = refresh(first);
        assertThat(retried.statusCode()).as("a retry that lost its answer keeps the tab signed in").isEqualTo(200);
        String third = cookieOf(retried);
        assertThat(third).isNotEqualTo(second);
        HttpResponse<String> next = refresh(third);
        assertThat(next.statusCode()).isEqualTo(200);
        String fourth = cookieOf(next);

        assertThat(refresh(second).statusCode()).as("using one successor revoked its sibling").isEqualTo(400);
        assertThat(refresh(first).statusCode()).isEqualTo(400);
        assertThat(refresh(fourth).statusCode()).as("the thief's replay ended the whole family").isEqualTo(400);
    }

    @Test
    void aWrongPasswordIsOneIndistinctRefusal() throws Exception {
        HttpResponse<String> response = send(request("/api/session").header("Content-Type", "application/json")
                .header("X-Steward-Client", "web").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + handle + "\",\"password\":\"not the password at all\"}")));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("/problems/sign-in-refused");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aRequestWithoutTheAppsHeaderIsRefusedSoACrossSiteFormCannotRefresh() throws Exception {
        String cookie = cookieOf(signIn());
        HttpResponse<String> response = send(request("/api/session/refresh").header("Cookie", "steward_refresh=" + cookie)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("X-Steward-Client");
        assertThat(refresh(cookie).statusCode()).as("the refused request spent nothing").isEqualTo(200);
    }

    @Test
    void signingOutRevokesTheCookieAndClearsIt() throws Exception {
        HttpResponse<String> signedIn = signIn();
        String cookie = cookieOf(signedIn);
        HttpResponse<String> out = send(request("/api/session").header("X-Steward-Client", "web")
                .header("Authorization", "Bearer " + accessOf(signedIn)).header("Cookie", "steward_refresh=" + cookie).DELETE());
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie")).hasValueSatisfying(header -> assertThat(header).contains("Max-Age=0"));
        assertThat(refresh(cookie).statusCode()).isEqualTo(400);
    }
}
