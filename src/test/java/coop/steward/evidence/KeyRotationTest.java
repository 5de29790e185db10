package coop.steward.evidence;

import coop.steward.evidence.signing.SigningKey;
import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance signs a pack with its first key, then its operator replaces the keystore and restarts it: the pack
 * the worker already handed to a lawyer must still verify, and the answer must say it was the earlier key.
 */
class KeyRotationTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @TempDir
    Path keys;

    private static EmbeddedServer start(Path keystore) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("steward.signing.keystore", keystore.toString());
        properties.put("steward.signing.keystore-password", TestKeys.password());
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    @Test
    void aPackSignedBeforeTheKeyWasRotatedStillVerifiesAndNamesTheEarlierCertificate() {
        Path first = TestKeys.keystore(keys, "Kansas City Labelers first key");
        Path second = TestKeys.keystore(keys, "Kansas City Labelers second key");
        byte[] pdf;
        PackView pack;
        String firstCertificate;
        try (EmbeddedServer server = start(first);
             HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            firstCertificate = server.getApplicationContext().getBean(SigningKey.class).certificateSha256();
            SignedIn worker = TestAccounts.kansasCityWorker(http);
            LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(LedgerFixtures.recordGig(http, worker),
                    Instant.parse("2026-10-05T23:00:00Z")));
            pack = http.retrieve(worker.authorize(HttpRequest.POST("/api/evidence-packs",
                    Map.of("from", "2026-10-01", "to", "2026-10-31", "language", "en"))), PackView.class);
            pdf = http.retrieve(worker.authorize(HttpRequest.GET("/api/evidence-packs/" + pack.id() + "/pdf")), byte[].class);
        }

        try (EmbeddedServer server = start(second);
             HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            String secondCertificate = server.getApplicationContext().getBean(SigningKey.class).certificateSha256();
            assertThat(secondCertificate).isNotEqualTo(firstCertificate);

            Map<String, Object> uploaded = http.retrieve(HttpRequest.POST("/api/verify", pdf)
                    .contentType(MediaType.APPLICATION_PDF_TYPE), JSON);
            assertThat(uploaded).containsEntry("authentic", true).containsEntry("verdict", "AUTHENTIC")
                    .containsEntry("packId", pack.id().toString())
                    .containsEntry("signerCertificateSha256", firstCertificate)
                    .containsEntry("signedWithCurrentKey", false)
                    .containsEntry("instanceCertificateSha256", secondCertificate);
            assertThat((String) uploaded.get("signerCertificateSubject")).contains("CN=Kansas City Labelers first key");

            Map<String, Object> byId = http.retrieve(HttpRequest.GET("/api/verify/" + pack.id() + "?sha256=" + pack.sha256()), JSON);
            assertThat(byId).containsEntry("authentic", true).containsEntry("signerCertificateSha256", firstCertificate);
        }
    }

    @Test
    void aPackChangedAfterItWasSignedIsStillRefusedAfterRotation() {
        Path first = TestKeys.keystore(keys, "Nairobi Moderators first key");
        Path second = TestKeys.keystore(keys, "Nairobi Moderators second key");
        byte[] pdf;
        try (EmbeddedServer server = start(first);
             HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            SignedIn worker = TestAccounts.nairobiWorker(http);
            PackView pack = http.retrieve(worker.authorize(HttpRequest.POST("/api/evidence-packs",
                    Map.of("from", "2026-10-01", "to", "2026-10-31", "language", "sw"))), PackView.class);
            pdf = http.retrieve(worker.authorize(HttpRequest.GET("/api/evidence-packs/" + pack.id() + "/pdf")), byte[].class);
        }
        pdf[pdf.length / 2] ^= 0x20;

        try (EmbeddedServer server = start(second);
             HttpClient client = HttpClient.create(server.getURL())) {
            Map<String, Object> answer = client.toBlocking().retrieve(HttpRequest.POST("/api/verify", pdf)
                    .contentType(MediaType.APPLICATION_PDF_TYPE), JSON);
            assertThat(answer).containsEntry("authentic", false).containsEntry("verdict", "UNKNOWN_OR_CHANGED")
                    .doesNotContainKeys("packId", "signerCertificateSha256");
        }
    }
}
