package coop.steward.common.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code java -XX:ArchiveClassesAtExit=steward.jsa -jar steward.jar train-class-archive}, as docker/run.sh runs it
 * once per jar: the application started on a throw-away database, asked for {@code /health}, a sign-in and the web
 * app's shell, then stopped, so that the JVM's class-data archive holds the classes a start and the first requests
 * load (ADR 0029). docker/run.sh gives it an empty data directory, the embedded database and a random port.
 */
public final class TrainingStart {

    public static final String NAME = "train-class-archive";
    private static final Duration PATIENCE = Duration.ofSeconds(60);   // a busy machine is slow, not broken

    private TrainingStart() {
    }

    /** Makes the requests in a started server; answers the process's exit status. */
    public static int run(ApplicationContext context, PrintStream out) throws IOException, InterruptedException {
        URI base = context.getBean(EmbeddedServer.class).getURI();
        HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
        int health = send(client, HttpRequest.newBuilder(base.resolve("/health")));
        // An unknown handle: the whole sign-in path, password check against the decoy hash included, without
        // depending on which accounts exist.
        int signIn = send(client, HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"training\",\"password\":\"training-only\"}")));
        int shell = send(client, HttpRequest.newBuilder(base.resolve("/")));
        out.printf("trained the class-data archive: /health %d, sign-in %d, / %d%n", health, signIn, shell);
        return health == 200 ? 0 : 1;
    }

    private static int send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
