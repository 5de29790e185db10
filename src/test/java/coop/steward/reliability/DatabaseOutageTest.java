package coop.steward.reliability;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import coop.steward.support.browser.CuttableProxy;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database cut off behind a TCP relay, as a network partition or a database restart would: every answer that
 * needs it is a 503 problem with Retry-After within seconds (never a 500, never a hang), {@code /health} answers at
 * once, and the portal writes again by itself soon after the database returns. Each test runs its own portal whose
 * only datasource goes through the relay: MariaDB on CI's second pass, an H2 TCP server started here on the first.
 */
class DatabaseOutageTest {

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);
    // Hikari waits up to 5 s between attempts to reconnect after a run of failures, so the first write after the
    // database returns may take that long; the bound leaves room for a busy machine, the figure says what it was.
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(10);
    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:(?:mariadb|mysql)://)([^/:]+)(?::(\\d+))?(/.*)$");

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void aTenSecondOutageAnswersOnlyServiceUnavailableAndThePortalRecoversByItself() {
        cutOff(Duration.ofSeconds(10), "outage10s");
    }

    @Test
    void aFortySecondOutageAnswersOnlyServiceUnavailableAndThePortalRecoversByItself() {
        cutOff(Duration.ofSeconds(40), "outage40s");
    }

    private void cutOff(Duration outage, String figure) {
        Portal portal = startPortalBehindRelay();
        BlockingHttpClient http = portal.http();
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, worker);
        UUID before = LedgerFixtures.recordSession(http, worker,
                LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z")));

        portal.relay().cut();
        long cutAt = System.nanoTime();
        int answers = 0;
        long maxMillis = 0;
        long healthMaxMillis = 0;
        boolean healthSaidDown = false;
        int hour = 0;
        while (System.nanoTime() - cutAt < outage.toNanos()) {
            Instant start = Instant.parse("2026-10-06T00:00:00Z").plus(Duration.ofHours(hour++));
            List<Answer> during = List.of(
                    timed(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(),
                            LedgerFixtures.eveningSession(gig, start))), String.class)),
                    timed(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/sessions/" + before)), String.class)),
                    timed(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/ledger/verify")), String.class)));
            for (Answer answer : during) {
                answers++;
                maxMillis = Math.max(maxMillis, answer.millis());
                assertThat(answer.status()).as("an answer during the outage: %s", answer).isEqualTo(503);
                assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
                assertThat(answer.retryAfter()).as("%s", answer).isNotBlank();
                assertThat(answer.body()).contains("/problems/service-unavailable");
                assertThat(Duration.ofMillis(answer.millis())).as("%s", answer).isLessThan(ANSWER_BOUND);
            }
            Answer health = timed(() -> http.exchange(HttpRequest.GET("/health"), String.class));
            healthMaxMillis = Math.max(healthMaxMillis, health.millis());
            assertThat(Duration.ofMillis(health.millis())).as("/health during the outage").isLessThan(ANSWER_BOUND);
            assertThat(health.status()).as("/health during the outage: %s", health).isIn(200, 503);
            healthSaidDown |= health.status() == 503 && health.body().contains("DOWN");
            pause(true);
        }
        assertThat(healthSaidDown).as("/health reported the database DOWN during the outage").isTrue();

        portal.relay().restore();
        long restoredAt = System.nanoTime();
        UUID after = UUID.randomUUID();
        Answer write;
        do {
            write = timed(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + after,
                    LedgerFixtures.eveningSession(gig, Instant.parse("2026-11-02T23:00:00Z")))), String.class));
            assertThat(write.status()).as("an answer while the portal recovers: %s", write).isIn(201, 503);
        } while (write.status() != 201 && pause(System.nanoTime() - restoredAt < Duration.ofSeconds(30).toNanos()));
        long recoveryMillis = Duration.ofNanos(System.nanoTime() - restoredAt).toMillis();

        ReliabilityFigures.record(figure, "cut_s=" + outage.toSeconds() + " answers=" + answers + " status_5xx_other_than_503=0"
                + " max_ms=" + maxMillis + " health_max_ms=" + healthMaxMillis + " recovery_ms=" + recoveryMillis);
        assertThat(write.status()).as("a write after the database returned").isEqualTo(201);
        assertThat(Duration.ofMillis(recoveryMillis)).as("recovery after the database returned").isLessThan(RECOVERY_BOUND);
        Map<String, Object> verification = http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")),
                Argument.mapOf(String.class, Object.class));
        assertThat(verification).containsEntry("valid", true).containsEntry("entries", 3);
        Answer health;
        long askedAt = System.nanoTime();
        do {
            health = timed(() -> http.exchange(HttpRequest.GET("/health"), String.class));
        } while (health.status() != 200 && pause(System.nanoTime() - askedAt < Duration.ofSeconds(30).toNanos()));
        assertThat(health.status()).as("/health once the database is back").isEqualTo(200);
    }

    private static boolean pause(boolean goOn) {
        if (goOn) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return goOn;
    }

    private static Answer timed(Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<?> response;
        String body;
        try {
            HttpResponse<String> ok = call.get();
            response = ok;
            body = ok.getBody().orElse("");
        } catch (HttpClientResponseException refused) {
            response = refused.getResponse();
            body = refused.getResponse().getBody(String.class).orElse("");
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new Answer(response.code(), response.getContentType().map(Object::toString).orElse(""),
                response.getHeaders().get("Retry-After"), body, millis);
    }

    private Portal startPortalBehindRelay() {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        Map<String, Object> properties = new HashMap<>();
        CuttableProxy relay;
        if (url != null && SERVER_URL.matcher(url).matches()) {
            Matcher server = SERVER_URL.matcher(url);
            server.matches();
            int port = server.group(3) == null ? 3306 : Integer.parseInt(server.group(3));
            relay = open(new CuttableProxy(port));
            properties.put("datasources.default.url", server.group(1) + "127.0.0.1:" + relayPort(relay) + server.group(4));
            properties.put("datasources.default.username", orEmpty(System.getenv("DATASOURCES_DEFAULT_USERNAME")));
            properties.put("datasources.default.password", orEmpty(System.getenv("DATASOURCES_DEFAULT_PASSWORD")));
        } else {
            // A file database kept open while the cut ends every session, as a database server would be.
            H2TcpServer h2 = open(H2TcpServer.start(temporaryDirectory()));
            relay = open(new CuttableProxy(h2.port()));
            properties.put("datasources.default.url", "jdbc:h2:tcp://127.0.0.1:" + relayPort(relay)
                    + "/./outage;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1");
            properties.put("datasources.default.username", "sa");
            properties.put("datasources.default.password", "");
        }
        properties.put("micronaut.server.port", -1);
        // Only this portal's own datasource: the environment's DATASOURCES_DEFAULT_URL must not override the relay.
        ApplicationContext context = open(ApplicationContext.builder().environments("test")
                .environmentPropertySource(false).properties(properties).start());
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        HttpClient client = open(context.createBean(HttpClient.class, server.getURL()));
        return new Portal(relay, client.toBlocking());
    }

    private Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("steward-outage");
            open(() -> {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            });
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private static int relayPort(CuttableProxy relay) {
        return URI.create(relay.url()).getPort();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private record Portal(CuttableProxy relay, BlockingHttpClient http) {
    }

    private record Answer(int status, String contentType, String retryAfter, String body, long millis) {
    }

    /** An H2 server over TCP, so that the relay can stand between the portal and its database (H2 is runtime-only). */
    private record H2TcpServer(Object server, int port) implements AutoCloseable {

        static H2TcpServer start(Path baseDirectory) {
            try {
                int port = freePort();
                Class<?> type = Class.forName("org.h2.tools.Server");
                Object server = type.getMethod("createTcpServer", String[].class)
                        .invoke(null, (Object) new String[] {"-tcpPort", String.valueOf(port), "-ifNotExists",
                                "-baseDir", baseDirectory.toString()});
                type.getMethod("start").invoke(server);
                return new H2TcpServer(server, port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot start an H2 TCP server", e);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket free = new ServerSocket(0)) {
                return free.getLocalPort();
            }
        }

        @Override
        public void close() throws ReflectiveOperationException {
            server.getClass().getMethod("stop").invoke(server);
        }
    }
}
