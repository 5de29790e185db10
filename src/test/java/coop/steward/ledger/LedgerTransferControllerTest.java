package coop.steward.ledger;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@SuppressWarnings("unchecked")
class LedgerTransferControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    SignedIn worker;
    UUID gig;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
        gig = LedgerFixtures.recordGig(http, worker);
    }

    @Test
    void exportThenEraseThenImportGivesBackTheSameSessions() throws IOException {
        LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z")));
        Map<String, Object> withNote = LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-06T23:00:00Z"));
        withNote.put("note", "Queue empty for 30 min, \"no tasks\" banner, then 14 conversations");
        LedgerFixtures.recordSession(http, worker, withNote);
        List<Map<String, Object>> before = sessions(worker);
        byte[] zip = http.retrieve(worker.authorize(HttpRequest.GET("/api/export?format=zip")), byte[].class);
        String sessionsCsv = entry(zip, "sessions.csv");

        http.exchange(worker.authorize(HttpRequest.DELETE("/api/me", Map.of("password", TestAccounts.PASSWORD))));
        refused(() -> TestAccounts.signIn(http, worker.handle(), TestAccounts.PASSWORD)).hasStatus(401);

        SignedIn again = TestAccounts.kansasCityWorker(http);
        http.exchange(again.authorize(HttpRequest.PUT("/api/engagements/" + gig, LedgerFixtures.kansasCityRlhfGig())));
        Map<String, Object> result = http.retrieve(again.authorize(HttpRequest.POST("/api/import/sessions", sessionsCsv)
                .contentType(MediaType.of("text/csv"))), Argument.mapOf(String.class, Object.class));

        assertThat(result).containsEntry("rows", 2).containsEntry("stored", 2);
        List<Map<String, Object>> after = sessions(again);
        assertThat(after).hasSize(2);
        for (int i = 0; i < before.size(); i++) {
            Map<String, Object> was = new HashMap<>(before.get(i));
            Map<String, Object> is = new HashMap<>(after.get(i));
            List.of("recordedAt").forEach(key -> { was.remove(key); is.remove(key); });
            assertThat(is).isEqualTo(was);
        }
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesTheLineAndColumn() {
        String csv = String.join(",", coop.steward.ledger.transfer.SessionCsv.HEADERS) + "\n"
                + ",%s,2026-10-05T23:00:00Z,2026-10-06T01:00:00Z,America/Chicago,90,0,0,30,0,0,0,0,14,1,,NONE,false,\n".formatted(gig)
                + ",%s,2026-10-06T23:00:00Z,2026-10-07T01:00:00Z,America/Chicago,ninety,0,0,30,0,0,0,0,14,1,,NONE,false,\n".formatted(gig)
                + ",%s,2026-10-07T23:00:00Z,2026-10-08T01:00:00Z,America/Chicago,200,0,0,30,0,0,0,0,14,1,,NONE,false,\n".formatted(gig);

        var problem = refused(() -> http.exchange(worker.authorize(HttpRequest.POST("/api/import/sessions", csv)
                .contentType(MediaType.of("text/csv")))));

        problem.hasStatus(400).hasType("validation").namesFields("line 3: paid_minutes", "line 4: paidMinutes");
        assertThat(sessions(worker)).isEmpty();
    }

    @Test
    void aRowThatBreaksSeveralRulesHasEachOfThemReported() {
        // Starts in the future, lasts longer than a day, and names a gig that is not the worker's.
        String csv = String.join(",", coop.steward.ledger.transfer.SessionCsv.HEADERS) + "\n"
                + ",%s,2099-10-05T23:00:00Z,2099-10-07T01:00:00Z,America/Chicago,90,0,0,30,0,0,0,0,14,1,,NONE,false,\n"
                .formatted(UUID.randomUUID());

        var problem = refused(() -> http.exchange(worker.authorize(HttpRequest.POST("/api/import/sessions", csv)
                .contentType(MediaType.of("text/csv")))));

        problem.hasStatus(400).hasType("validation")
                .namesFields("line 2: startedAt", "line 2: endedAt", "line 2: engagement_id");
        assertThat(sessions(worker)).isEmpty();
    }

    @Test
    void importingTheSameFileTwiceStoresItOnce() {
        String csv = String.join(",", coop.steward.ledger.transfer.SessionCsv.HEADERS) + "\n"
                + ",%s,2026-10-05T23:00:00Z,2026-10-06T01:00:00Z,America/Chicago,90,0,0,30,0,0,0,0,14,1,,NONE,false,\n".formatted(gig);
        HttpRequest<String> upload = worker.authorize(HttpRequest.POST("/api/import/sessions", csv).contentType(MediaType.of("text/csv")));

        http.exchange(upload);
        Map<String, Object> second = http.retrieve(upload, Argument.mapOf(String.class, Object.class));

        assertThat(second).containsEntry("stored", 0).containsEntry("unchanged", 1);
        assertThat(sessions(worker)).hasSize(1);
    }

    @Test
    void theJsonExportHoldsEverythingAndTheChainVerdict() {
        LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z")));
        http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(),
                LedgerFixtures.weeklyPayout(gig, "2026-10-09", "2026-10-05", "2026-10-09"))));

        Map<String, Object> export = http.retrieve(worker.authorize(HttpRequest.GET("/api/export")),
                Argument.mapOf(String.class, Object.class));

        assertThat((List<?>) export.get("engagements")).hasSize(1);
        assertThat((List<?>) export.get("sessions")).hasSize(1);
        assertThat((List<?>) export.get("payments")).hasSize(1);
        assertThat((Map<String, Object>) export.get("chain")).containsEntry("valid", true).containsEntry("entries", 3);
        assertThat((Map<String, Object>) export.get("account")).containsEntry("handle", worker.handle());
    }

    @Test
    void erasureNeedsThePassword() {
        refused(() -> http.exchange(worker.authorize(HttpRequest.DELETE("/api/me", Map.of("password", "wrong password")))))
                .hasStatus(400).namesFields("password");
        assertThat(sessions(worker)).isEmpty();
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/engagements")), Argument.listOf(Map.class))).hasSize(1);
    }

    private List<Map<String, Object>> sessions(SignedIn who) {
        return http.retrieve(who.authorize(HttpRequest.GET("/api/sessions")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the export");
    }
}
