package coop.steward.demo;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A development start on an empty database, as {@code java -jar steward.jar} makes it: the demo sign-ins of the
 * README work once {@code /health} answers, all with the one documented password, and docker/run.sh's training
 * start finds the portal healthy.
 */
class DemoStartTest {

    @TempDir
    Path dataDir;

    @Test
    void theDocumentedDemoSignInsWorkOnAFirstDevelopmentStart() throws Exception {
        Map<String, Object> properties = Map.of(
                "steward.data-dir", dataDir.toString(),
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("steward")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                "micronaut.server.port", -1);
        // Not the test environment: it bootstraps an admin, and the demo loads only into a database without one.
        try (ApplicationContext context = ApplicationContext.builder().properties(properties)
                .deduceEnvironment(false).environments("dev").start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            URI base = server.getURI();
            HttpClient client = HttpClient.newHttpClient();
            assertThat(get(client, base.resolve("/health"))).isEqualTo(200);
            for (String handle : new String[] {"demo-worker", "demo-organizer", "demo-vendor", "demo-admin",
                    DemoMembers.MEMBERS.get(0).handle(), DemoMembers.MEMBERS.get(DemoMembers.MEMBERS.size() - 1).handle()}) {
                assertThat(signIn(client, base, handle, DemoData.PASSWORD)).as(handle).isEqualTo(200);
            }
            assertThat(signIn(client, base, "demo-worker", "not-the-demo-password")).isEqualTo(401);

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int status = TrainingStart.run(context, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(status).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("/health 200", "sign-in 401");
        }
    }

    private static int get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int signIn(HttpClient client, URI base, String handle, String password) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + handle + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
