package coop.steward.reliability;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the portal while workers' phones are writing: every write it answered 201 is there after a
 * restart on the same data directory and database, and the chain verifies, so a write in flight at the kill is
 * either wholly present or wholly absent. The portal runs in a JVM of its own (the only way to kill it without its
 * shutdown hooks), against a database made for this test: a fresh database on the MariaDB server on CI's second
 * pass, the shipped dev H2 file URL in the data directory on the first.
 */
class KillNineDurabilityTest {

    private static final int CLIENTS = 12;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;
    private static final Duration START_BOUND = Duration.ofSeconds(90);
    private static final Duration LOAD_BOUND = Duration.ofSeconds(120);
    private static final Instant FIRST_SLOT = Instant.parse("2025-01-01T00:00:00Z");
    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/]+)/([^?;]*)(.*)$");

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void killNineUnderWriteLoadLosesNoAcknowledgedWriteAndLeavesTheChainValid() throws Exception {
        Path dataDir = temporaryDirectory();
        Map<String, String> database = database();
        ChildPortal first = open(ChildPortal.start(dataDir, database, "first"));
        BlockingHttpClient http = first.http();
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        Map<String, Object> gigBody = LedgerFixtures.kansasCityRlhfGig();
        gigBody.put("startDate", "2024-12-01");
        UUID gig = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + gig, gigBody)));

        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        Set<UUID> unanswered = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger slots = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                while (!first.killed()) {
                    UUID id = UUID.randomUUID();
                    // Three hours apart and two hours long: no two sessions overlap, all of them in the past.
                    Instant start = FIRST_SLOT.plus(Duration.ofHours(3L * slots.getAndIncrement()));
                    unanswered.add(id);
                    try {
                        HttpResponse<?> answer = http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + id,
                                LedgerFixtures.eveningSession(gig, start))));
                        if (answer.code() == 201) {
                            acknowledged.add(id);
                            unanswered.remove(id);
                        } else {
                            refused.add(id + " answered " + answer.code());
                        }
                    } catch (HttpClientResponseException answer) {
                        refused.add(id + " answered " + answer.getStatus().getCode() + " "
                                + answer.getResponse().getBody(String.class).orElse(""));
                        unanswered.remove(id);
                    } catch (RuntimeException lostWithThePortal) {
                        // No answer: the portal died with this write in flight (or it never arrived).
                    }
                }
            }, "kill9-client-" + i);
            client.start();
            clients.add(client);
        }
        long loadStarted = System.nanoTime();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && refused.isEmpty()
                && System.nanoTime() - loadStarted < LOAD_BOUND.toNanos()) {
            Thread.sleep(5);
        }
        long loadMillis = Duration.ofNanos(System.nanoTime() - loadStarted).toMillis();
        first.kill();
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(60).toMillis());
        }
        assertThat(refused).as("writes refused while the portal was up").isEmpty();
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        // Answers that reached the client after it sampled the kill are acknowledged too, so take them after the join.
        Set<UUID> acknowledgedAtKill = Set.copyOf(acknowledged);
        Set<UUID> inFlight = unanswered.stream().filter(id -> !acknowledgedAtKill.contains(id)).collect(Collectors.toSet());

        ChildPortal second = open(ChildPortal.start(dataDir, database, "second"));
        BlockingHttpClient after = second.http();
        SignedIn again = TestAccounts.signIn(after, worker.handle(), TestAccounts.PASSWORD);
        List<Map<String, Object>> sessions = after.retrieve(again.authorize(HttpRequest.GET("/api/sessions")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Set<UUID> stored = sessions.stream().map(session -> UUID.fromString((String) session.get("id"))).collect(Collectors.toSet());
        Set<UUID> lost = acknowledgedAtKill.stream().filter(id -> status(after, again, id) != 200).collect(Collectors.toSet());
        long inFlightPresent = inFlight.stream().filter(stored::contains).count();
        Map<String, Object> verification = after.retrieve(again.authorize(HttpRequest.GET("/api/ledger/verify")),
                Argument.mapOf(String.class, Object.class));
        boolean valid = Boolean.TRUE.equals(verification.get("valid"));

        ReliabilityFigures.record("kill9", "acknowledged=" + acknowledgedAtKill.size()
                + " found=" + (acknowledgedAtKill.size() - lost.size()) + " lost=" + lost.size()
                + " chain=" + (valid ? "valid" : "INVALID") + " in_flight=" + inFlight.size()
                + " in_flight_present=" + inFlightPresent + " in_flight_absent=" + (inFlight.size() - inFlightPresent)
                + " clients=" + CLIENTS + " load_ms=" + loadMillis);
        assertThat(lost).as("acknowledged writes missing after kill -9 and restart").isEmpty();
        assertThat(stored).as("the list of sessions after the restart").containsAll(acknowledgedAtKill);
        assertThat(stored).as("every stored session was one the clients sent")
                .allMatch(id -> acknowledgedAtKill.contains(id) || inFlight.contains(id));
        if (!database.isEmpty()) {
            try (Connection connection = DriverManager.getConnection(database.get("DATASOURCES_DEFAULT_URL"),
                    database.get("DATASOURCES_DEFAULT_USERNAME"), database.get("DATASOURCES_DEFAULT_PASSWORD"));
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT COUNT(*) FROM work_session WHERE worker_id = ? AND current_revision")) {
                // The dev environment also seeds a demo account's sessions: count only this worker's.
                query.setString(1, worker.id().toString());
                try (ResultSet count = query.executeQuery()) {
                    count.next();
                    assertThat(count.getLong(1)).as("the worker's sessions in the portal's own MariaDB database")
                            .isEqualTo(stored.size());
                }
            }
        }
        assertThat(verification).as("the worker's chain after the restart").containsEntry("valid", true)
                .containsEntry("entries", 1 + stored.size());
    }

    private static int status(BlockingHttpClient http, SignedIn worker, UUID session) {
        try {
            return http.exchange(worker.authorize(HttpRequest.GET("/api/sessions/" + session)), String.class).code();
        } catch (HttpClientResponseException answer) {
            return answer.getStatus().getCode();
        }
    }

    /**
     * The child's datasource: on MariaDB a database of its own on the suite's server (dropped afterwards); on H2
     * nothing, so that the child runs on the shipped dev URL, a file in its data directory.
     */
    private Map<String, String> database() throws SQLException {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        if (url == null || !ReliabilityFigures.database().equals("mariadb")) {
            return Map.of();
        }
        Matcher server = SERVER_URL.matcher(url);
        assertThat(server.matches()).as("a MariaDB URL with a database: %s", url).isTrue();
        String user = orEmpty(System.getenv("DATASOURCES_DEFAULT_USERNAME"));
        String password = orEmpty(System.getenv("DATASOURCES_DEFAULT_PASSWORD"));
        String name = "steward_kill9_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        open(() -> {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        });
        return Map.of("DATASOURCES_DEFAULT_URL", server.group(1) + "/" + name + server.group(3),
                "DATASOURCES_DEFAULT_USERNAME", user, "DATASOURCES_DEFAULT_PASSWORD", password);
    }

    private Path temporaryDirectory() throws IOException {
        Path directory = Files.createTempDirectory("steward-kill9");
        open(() -> {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        });
        return directory;
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** {@code coop.steward.Application} in a JVM of its own, on its own port, with the test's classpath. */
    private static final class ChildPortal implements AutoCloseable {

        private final Process process;
        private final HttpClient client;
        private final Path log;
        private volatile boolean killed;

        private ChildPortal(Process process, HttpClient client, Path log) {
            this.process = process;
            this.client = client;
            this.log = log;
        }

        static ChildPortal start(Path dataDir, Map<String, String> database, String name) throws IOException, InterruptedException {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Path log = dataDir.resolve(name + "-portal.log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-cp", classPath,
                    "coop.steward.Application")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(key -> key.startsWith("DATASOURCES_") || key.startsWith("MICRONAUT_")
                    || key.startsWith("STEWARD_") || key.equals("JWT_SECRET"));
            environment.put("PORT", String.valueOf(port));
            environment.put("STEWARD_DATA_DIR", dataDir.toString());
            environment.putAll(database);
            ChildPortal portal = new ChildPortal(builder.start(), client(port), log);
            portal.awaitHealthy();
            return portal;
        }

        private static HttpClient client(int port) {
            DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
            // The machine running the suite may be busy; a slow answer is not a wrong one.
            configuration.setReadTimeout(Duration.ofSeconds(60));
            try {
                return HttpClient.create(URI.create("http://127.0.0.1:" + port).toURL(), configuration);
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void awaitHealthy() throws InterruptedException {
            long started = System.nanoTime();
            while (System.nanoTime() - started < START_BOUND.toNanos()) {
                assertThat(process.isAlive()).as("the portal exited while starting:%n%s", logTail()).isTrue();
                try {
                    if (client.toBlocking().exchange(HttpRequest.GET("/health"), String.class).code() == 200) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // Not listening yet, or the database not yet reachable.
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the portal did not answer /health within " + START_BOUND + ":\n" + logTail());
        }

        BlockingHttpClient http() {
            return client.toBlocking();
        }

        boolean killed() {
            return killed;
        }

        /** SIGKILL: no shutdown hook, no pool close, no database checkpoint. */
        void kill() throws InterruptedException {
            killed = true;
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the killed portal exited").isTrue();
        }

        private String logTail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            client.close();
            if (process.isAlive()) {
                process.destroyForcibly();
                process.onExit().join();
            }
        }
    }
}
