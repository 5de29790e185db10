package coop.steward.evidence;

import coop.steward.common.config.PublicUrl;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The integrity page sends a reader to the address the instance is configured with, never to localhost. */
class PublicUrlTest {

    @TempDir
    Path dataDir;

    private static String lastPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theIntegrityPageNamesTheConfiguredPublicAddress() throws IOException {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("steward.public-url", "https://steward.kc-labelers.example.coop/"), "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            SignedIn worker = TestAccounts.kansasCityWorker(http);
            PackView pack = http.retrieve(worker.authorize(HttpRequest.POST("/api/evidence-packs",
                    Map.of("from", "2026-10-01", "to", "2026-10-31", "language", "fr"))), PackView.class);
            byte[] pdf = http.retrieve(worker.authorize(HttpRequest.GET("/api/evidence-packs/" + pack.id() + "/pdf")),
                    byte[].class);

            assertThat(lastPage(pdf)).contains("https://steward.kc-labelers.example.coop/verify")
                    .doesNotContain("localhost");
        }
    }

    @Test
    void outsideProductionTheAddressDefaultsToTheLocalPortal() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("steward.public-url", ""), "test")) {
            assertThat(context.getBean(PublicUrl.class).resolve("/verify")).isEqualTo("http://localhost:8080/verify");
        }
    }

    @Test
    void productionRefusesToStartWithoutAPublicAddressAndSaysWhichVariableToSet() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", "jdbc:h2:mem:public-url-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        settings.put("steward.data-dir", dataDir.toString());
        settings.put("steward.jwt.secret", "a production secret of at least 32 bytes");
        settings.put("steward.signing.keystore", TestKeys.keystore(dataDir, "Steward test instance").toString());
        settings.put("steward.signing.keystore-password", TestKeys.password());

        Throwable refused = catchThrowable(() -> ApplicationContext.builder().deduceEnvironment(false)
                .environments("prod").properties(settings).start().close());

        assertThat(refused).isNotNull();
        assertThat(refused).rootCause().hasMessageContaining("STEWARD_PUBLIC_URL is not set");
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedAndATrailingSlashIsDropped() {
        assertThatThrownBy(() -> PublicUrl.of("steward.example.coop")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("STEWARD_PUBLIC_URL must be an http(s) address");
        assertThatThrownBy(() -> PublicUrl.of("ftp://steward.example.coop")).isInstanceOf(ConfigurationException.class);
        assertThat(PublicUrl.of("https://steward.example.coop/").resolve("/verify"))
                .isEqualTo("https://steward.example.coop/verify");
    }
}
