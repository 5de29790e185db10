package coop.steward.ledger;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class LedgerChainControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

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
    void theChainVerifiesAndTamperingWithOneRowInSqlIsDetectedAtThatRow() throws SQLException {
        UUID first = LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z")));
        UUID second = LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-06T23:00:00Z")));
        LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-07T23:00:00Z")));
        Map<String, Object> intact = verification();
        assertThat(intact).containsEntry("valid", true).containsEntry("entries", 4).doesNotContainKey("firstBrokenLink");

        // Someone with database access quietly turns 30 unpaid minutes into paid ones.
        execute("UPDATE work_session SET paid_minutes = 120, unpaid_waiting_minutes = 0 WHERE record_id = ?", second);

        Map<String, Object> tampered = verification();
        assertThat(tampered).containsEntry("valid", false).containsEntry("entries", 4);
        Map<String, Object> broken = (Map<String, Object>) tampered.get("firstBrokenLink");
        assertThat(broken).containsEntry("seq", 3).containsEntry("kind", "session")
                .containsEntry("recordId", second.toString()).containsEntry("revision", 1);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void removingAnEntryFromTheChainIsDetected() throws SQLException {
        UUID session = LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-05T23:00:00Z")));
        LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse("2026-10-06T23:00:00Z")));

        execute("DELETE FROM work_session WHERE record_id = ?", session);

        Map<String, Object> tampered = verification();
        assertThat(tampered).containsEntry("valid", false);
        assertThat((Map<String, Object>) tampered.get("firstBrokenLink")).containsEntry("seq", 2)
                .containsEntry("recordId", session.toString());
    }

    @Test
    void thirtyTwoPhonesRetryingTheSameTwoHundredRecordsStoreEachExactlyOnce() throws Exception {
        List<Map.Entry<UUID, Map<String, Object>>> records = new ArrayList<>();
        Instant start = Instant.parse("2026-06-01T13:00:00Z");
        for (int i = 0; i < 200; i++) {
            records.add(Map.entry(UUID.randomUUID(), LedgerFixtures.eveningSession(gig, start.plusSeconds(i * 3 * 3600L))));
        }
        ExecutorService phones = Executors.newFixedThreadPool(32);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int phone = 0; phone < 32; phone++) {
            List<Map.Entry<UUID, Map<String, Object>>> order = new ArrayList<>(records);
            Collections.shuffle(order);
            results.add(phones.submit(() -> {
                List<Integer> codes = new ArrayList<>();
                for (Map.Entry<UUID, Map<String, Object>> record : order) {
                    codes.add(http.exchange(worker.authorize(
                            HttpRequest.PUT("/api/sessions/" + record.getKey(), record.getValue()))).code());
                }
                return codes;
            }));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<List<Integer>> result : results) {
            codes.addAll(result.get());
        }
        phones.shutdown();

        assertThat(codes).hasSize(32 * 200).containsOnly(201);
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/sessions")), Argument.listOf(Map.class))).hasSize(200);
        assertThat(verification()).containsEntry("valid", true).containsEntry("entries", 201);
    }

    @Test
    void conflictingWritesInTheMiddleOfABurstAreRefusedAloneAndEveryOtherWriteIsStored() throws Exception {
        Instant start = Instant.parse("2026-03-02T13:00:00Z");
        List<UUID> existing = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            existing.add(LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, start.plusSeconds(i * 3 * 3600L))));
        }
        ExecutorService phones = Executors.newFixedThreadPool(16);
        List<Future<List<Integer>>> fresh = new ArrayList<>();
        List<Future<List<Integer>>> conflicting = new ArrayList<>();
        for (int phone = 0; phone < 16; phone++) {
            int offset = 100 + phone * 10;
            UUID taken = existing.get(phone);
            fresh.add(phones.submit(() -> {
                List<Integer> codes = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    codes.add(http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(),
                            LedgerFixtures.eveningSession(gig, start.plusSeconds((offset + i) * 3 * 3600L))))).code());
                }
                return codes;
            }));
            conflicting.add(phones.submit(() -> {
                List<Integer> codes = new ArrayList<>();
                Map<String, Object> other = new java.util.HashMap<>(LedgerFixtures.eveningSession(gig, start));
                other.put("paidMinutes", 60);
                for (int i = 0; i < 10; i++) {
                    try {
                        codes.add(http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + taken, other))).code());
                    } catch (io.micronaut.http.client.exceptions.HttpClientResponseException refused) {
                        codes.add(refused.code());
                    }
                }
                return codes;
            }));
        }
        List<Integer> freshCodes = new ArrayList<>();
        for (Future<List<Integer>> result : fresh) {
            freshCodes.addAll(result.get());
        }
        List<Integer> conflictCodes = new ArrayList<>();
        for (Future<List<Integer>> result : conflicting) {
            conflictCodes.addAll(result.get());
        }
        phones.shutdown();

        assertThat(freshCodes).hasSize(160).containsOnly(201);
        assertThat(conflictCodes).hasSize(160).containsOnly(409);
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/sessions")), Argument.listOf(Map.class))).hasSize(176);
        assertThat(verification()).containsEntry("valid", true).containsEntry("entries", 1 + 16 + 160);
    }

    @Test
    void eightWorkersWritingAtOnceEachKeepTheirOwnRecordsInAnUnbrokenChain() throws Exception {
        // Their writes share commit lanes, so groups hold several workers' writes: locked, read and stored together.
        List<SignedIn> workers = new ArrayList<>();
        List<UUID> gigs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SignedIn someone = TestAccounts.kansasCityWorker(http);
            workers.add(someone);
            gigs.add(LedgerFixtures.recordGig(http, someone));
        }
        Instant start = Instant.parse("2026-05-04T13:00:00Z");
        ExecutorService phones = Executors.newFixedThreadPool(16);
        List<Future<List<UUID>>> written = new ArrayList<>();
        for (int phone = 0; phone < 16; phone++) {
            int owner = phone % 8;
            int offset = phone / 8 * 20;
            written.add(phones.submit(() -> {
                List<UUID> ids = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    ids.add(LedgerFixtures.recordSession(http, workers.get(owner),
                            LedgerFixtures.eveningSession(gigs.get(owner), start.plusSeconds((offset + i) * 3 * 3600L))));
                }
                return ids;
            }));
        }
        List<List<UUID>> idsOfPhone = new ArrayList<>();
        for (Future<List<UUID>> phone : written) {
            idsOfPhone.add(phone.get());
        }
        phones.shutdown();

        for (int owner = 0; owner < 8; owner++) {
            SignedIn someone = workers.get(owner);
            String ownGig = gigs.get(owner).toString();
            List<Map> sessions = http.retrieve(someone.authorize(HttpRequest.GET("/api/sessions")), Argument.listOf(Map.class));
            assertThat(sessions).hasSize(40).allSatisfy(session -> assertThat(session.get("engagementId")).isEqualTo(ownGig));
            assertThat(http.retrieve(someone.authorize(HttpRequest.GET("/api/ledger/verify")),
                    Argument.mapOf(String.class, Object.class))).containsEntry("valid", true).containsEntry("entries", 41);
            UUID othersSession = idsOfPhone.get((owner + 1) % 8).get(0);
            refused(() -> http.exchange(someone.authorize(HttpRequest.GET("/api/sessions/" + othersSession)))).hasStatus(404);
        }
    }

    private Map<String, Object> verification() {
        return http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")), Argument.mapOf(String.class, Object.class));
    }

    private void execute(String sql, UUID recordId) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            statement.setString(1, recordId.toString());
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
