package coop.steward.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone coming back online with a queue of entries for one worker: it PUTs them all at once, at most
 * {@code inFlight} at a time, and this prints how long the last one took to be acknowledged, then checks that
 * every entry was stored exactly once and the worker's chain still verifies. A benchmark command, not a test:
 * {@code java -cp target/test-classes:$(cat target/test.classpath) coop.steward.bench.BurstBenchmark BASE [entries] [inFlight]}
 */
public final class BurstBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final String PASSWORD = "bench passphrase 2026";

    private BurstBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String handle = "burst-" + System.currentTimeMillis();
        send(http, post(base + "/api/accounts", null, "{\"handle\":\"" + handle + "\",\"password\":\"" + PASSWORD
                + "\",\"locale\":\"en\",\"timeZone\":\"America/Chicago\",\"jurisdiction\":\"US-MO\"}"));
        Matcher token = TOKEN.matcher(send(http, post(base + "/login", null,
                "{\"username\":\"" + handle + "\",\"password\":\"" + PASSWORD + "\"}")).body());
        if (!token.find()) {
            throw new IllegalStateException("no access token");
        }
        String bearer = token.group(1);
        UUID gig = UUID.randomUUID();
        send(http, put(base + "/api/engagements/" + gig, bearer, "{\"vendorName\":\"Bench Vendor\",\"taskKind\":\"LABELING\","
                + "\"payBasis\":\"HOURLY\",\"agreedRateMinor\":1500,\"currency\":\"USD\",\"classification\":\"CONTRACTOR\","
                + "\"startDate\":\"2025-01-01\",\"jurisdiction\":\"US-MO\"}"));

        List<HttpRequest> queued = new ArrayList<>();
        Instant first = Instant.parse("2025-02-01T14:00:00Z");
        for (int i = 0; i < entries; i++) {
            Instant start = first.plus(Duration.ofHours(3L * i));
            queued.add(put(base + "/api/sessions/" + UUID.randomUUID(), bearer, "{\"engagementId\":\"" + gig
                    + "\",\"startedAt\":\"" + start + "\",\"endedAt\":\"" + start.plus(Duration.ofHours(2))
                    + "\",\"timeZone\":\"America/Chicago\",\"paidMinutes\":90,\"unpaidMinutes\":{\"WAITING_FOR_TASKS\":30},"
                    + "\"tasksDone\":12,\"tasksRejected\":1,\"exposure\":\"NONE\",\"supportOffered\":false}"));
        }
        Semaphore slots = new Semaphore(inFlight);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (HttpRequest request : queued) {
            slots.acquire();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                slots.release();
                if (failure == null && response.statusCode() == 201) {
                    created.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        long millis = (System.nanoTime() - started) / 1_000_000;

        String listed = send(http, get(base + "/api/sessions", bearer)).body();
        int stored = listed.split("\"engagementId\"", -1).length - 1;
        String verified = send(http, get(base + "/api/ledger/verify", bearer)).body();
        System.out.printf("burst %d entries for one worker, %d in flight: drained in %d ms; %d created, %d refused;"
                        + " %d stored; chain %s%n", entries, inFlight, millis, created.get(), refused.get(), stored,
                verified.contains("\"valid\":true") ? "valid" : "BROKEN " + verified);
    }

    private static HttpRequest post(String uri, String bearer, String json) {
        return request(uri, bearer).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpRequest put(String uri, String bearer, String json) {
        return request(uri, bearer).PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpRequest get(String uri, String bearer) {
        return request(uri, bearer).GET().build();
    }

    private static HttpRequest.Builder request(String uri, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
