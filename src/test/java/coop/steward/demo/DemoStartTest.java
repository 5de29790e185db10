package coop.steward.demo;

import coop.steward.account.AccountService;
import coop.steward.account.Role;
import coop.steward.common.startup.TrainingStart;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A development start on an empty database, as {@code java -jar steward.jar} makes it: the demo sign-ins of the
 * README work as soon as {@code /health} answers, and find the demo records there (the dataset loads after the start;
 * sign-in waits for it), all with the one documented password; docker/run.sh's training start finds the portal
 * healthy; and a stop during the load finishes it first.
 */
class DemoStartTest {

    @TempDir
    Path dataDir;

    @Test
    void theDocumentedDemoSignInsWorkOnAFirstDevelopmentStart() throws Exception {
        try (ApplicationContext context = developmentStart()) {
            URI base = context.getBean(EmbeddedServer.class).getURI();
            HttpClient client = HttpClient.newHttpClient();
            assertThat(get(client, base.resolve("/health"), null).statusCode()).isEqualTo(200);
            HttpResponse<String> worker = signIn(client, base, "demo-worker", DemoData.PASSWORD);
            assertThat(worker.statusCode()).isEqualTo(200);
            assertThat(sessionsOf(client, base, worker)).as("the demo worker's six weeks").contains("\"engagementId\"");
            for (String handle : new String[] {"demo-organizer", "demo-vendor", "demo-admin",
                    DemoMembers.MEMBERS.get(0).handle(), DemoMembers.MEMBERS.get(DemoMembers.MEMBERS.size() - 1).handle()}) {
                assertThat(signIn(client, base, handle, DemoData.PASSWORD).statusCode()).as(handle).isEqualTo(200);
            }
            assertThat(signIn(client, base, "demo-worker", "not-the-demo-password").statusCode()).isEqualTo(401);

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int status = TrainingStart.run(context, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(status).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("/health 200", "sign-in 401");
        }
    }

    @Test
    void aStopWhileTheDemoLoadsWaitsForItAndTheNextStartFindsAllOfIt() throws Exception {
        ApplicationContext first = developmentStart();
        AccountService accounts = first.getBean(AccountService.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!accounts.anyWithRole(Role.WORKER) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        // Stopped once the demo accounts exist, while their records are being written: the stop must neither hang
        // on the stopped write path nor leave half a dataset, which the next start would take for one in use.
        assertTimeoutPreemptively(Duration.ofSeconds(120), first::close);

        try (ApplicationContext second = developmentStart()) {
            URI base = second.getBean(EmbeddedServer.class).getURI();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> lastMember = signIn(client, base,
                    DemoMembers.MEMBERS.get(DemoMembers.MEMBERS.size() - 1).handle(), DemoData.PASSWORD);
            assertThat(lastMember.statusCode()).isEqualTo(200);
            assertThat(sessionsOf(client, base, lastMember)).as("the last member's twelve weeks")
                    .contains("\"engagementId\"");
        }
    }

    private ApplicationContext developmentStart() {
        Map<String, Object> properties = Map.of(
                "steward.data-dir", dataDir.toString(),
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("steward")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                "micronaut.server.port", -1);
        // Not the test environment: it bootstraps an admin, and the demo loads only into a database without one.
        ApplicationContext context = ApplicationContext.builder().properties(properties)
                .deduceEnvironment(false).environments("dev").start();
        context.getBean(EmbeddedServer.class).start();
        return context;
    }

    private static String sessionsOf(HttpClient client, URI base, HttpResponse<String> signedIn) throws Exception {
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(signedIn.body());
        assertThat(token.find()).as("an access token").isTrue();
        HttpResponse<String> sessions = get(client, base.resolve("/api/sessions"), token.group(1));
        assertThat(sessions.statusCode()).isEqualTo(200);
        return sessions.body();
    }

    private static HttpResponse<String> get(HttpClient client, URI uri, String accessToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> signIn(HttpClient client, URI base, String handle, String password) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + handle + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
