package coop.steward.organizing.collective;

import coop.steward.common.digest.Sha256;
import coop.steward.common.problem.ProblemException;
import coop.steward.evidence.PdfAValidation;
import coop.steward.evidence.signing.SignatureCheck;
import coop.steward.evidence.signing.SigningKey;
import coop.steward.organizing.Organizations;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.Publication;
import coop.steward.organizing.disclosure.PublishedCell;
import coop.steward.organizing.disclosure.PublishedTable;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organizer builds a collective pack through real HTTP from the organization's publication: it is signed,
 * PDF/A-3b and PDF/UA-1, carries exactly the published cells, prints no suppressed figure, verifies at /api/verify,
 * and nobody but the organization's organizers can see it.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "CollectivePackControllerTest")
class CollectivePackControllerTest {

    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    /** The dashboard's publication of the fixture members, for the organization's organizers only. */
    @Singleton
    @Requires(property = "spec.name", value = "CollectivePackControllerTest")
    static class FixturePublications implements OrganizationPublications {
        private final Organizations organizations;

        FixturePublications(Organizations organizations) {
            this.organizations = organizations;
        }

        @Override
        public Figures figures(UUID organizationId, UUID viewerAccountId) {
            if (!organizations.isOrganizer(organizationId, viewerAccountId)) {
                throw ProblemException.notFound("Organization");
            }
            return new Figures(CollectivePackFixtures.WINDOW, PUBLICATION);
        }
    }

    static final Publication PUBLICATION = CollectivePackFixtures.publication();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SigningKey key;

    @Inject
    JsonMapper json;

    BlockingHttpClient http;
    SignedIn organizer;
    String orgId;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        organizer = TestAccounts.withRole(http, "ORGANIZER");
        orgId = organization(organizer);
    }

    private String organization(SignedIn runBy) {
        SignedIn admin = TestAccounts.admin(http);
        Map<String, Object> org = http.retrieve(admin.authorize(HttpRequest.POST("/api/admin/organizations", Map.of(
                "name", "Kansas City Data Workers Union " + UUID.randomUUID().toString().substring(0, 6), "kind", "UNION",
                "country", "US", "description", "Labelers and moderators in Kansas City.",
                "organizerHandle", runBy.handle()))), MAP);
        return (String) org.get("id");
    }

    private HttpResponse<Map<String, Object>> create(SignedIn who, String org, String vendor) {
        return http.exchange(who.authorize(HttpRequest.POST("/api/organizations/" + org + "/collective-packs",
                Map.of("vendor", vendor, "language", "en"))), MAP);
    }

    private byte[] download(SignedIn who, String location) {
        return http.retrieve(who.authorize(HttpRequest.GET(location)), byte[].class);
    }

    @Test
    void anOrganizerBuildsASignedArchivalAccessiblePackThatVerifiesAtTheVerifyEndpoint() throws IOException {
        HttpResponse<Map<String, Object>> created = create(organizer, orgId, CollectivePackFixtures.INVISIBLE);

        assertThat(created.code()).isEqualTo(201);
        Map<String, Object> pack = created.body();
        String location = created.header("Location");
        assertThat(location).isEqualTo("/api/organizations/" + orgId + "/collective-packs/" + pack.get("id") + ".pdf");
        assertThat(pack).containsEntry("vendor", CollectivePackFixtures.INVISIBLE)
                .containsEntry("windowFirst", "2026-01").containsEntry("windowLast", "2026-06").containsEntry("k", 5);
        assertThat((Integer) pack.get("breached")).isPositive();

        byte[] pdf = download(organizer, location);
        assertThat(Sha256.hex(pdf)).isEqualTo(pack.get("sha256"));
        assertThat(SignatureCheck.check(pdf, key.certificate()).valid()).isTrue();
        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
        assertThat(PdfAValidation.accessibilityFailuresOf(pdf)).isEmpty();

        Map<String, Object> byId = http.retrieve(HttpRequest.GET("/api/verify/" + pack.get("id") + "?sha256=" + pack.get("sha256")), MAP);
        assertThat(byId).containsEntry("authentic", true).containsEntry("verdict", "AUTHENTIC");
        Map<String, Object> uploaded = http.retrieve(HttpRequest.POST("/api/verify", MultipartBody.builder()
                .addPart("file", "collective-pack.pdf", MediaType.APPLICATION_PDF_TYPE, pdf).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), MAP);
        assertThat(uploaded).containsEntry("authentic", true).containsEntry("packId", pack.get("id"));

        byte[] changed = pdf.clone();
        changed[middleStreamByte(changed)] ^= 0x20;
        assertThat(http.retrieve(HttpRequest.POST("/api/verify", changed).contentType(MediaType.APPLICATION_PDF_TYPE), MAP))
                .containsEntry("authentic", false);

        List<Map<String, Object>> listed = http.retrieve(organizer.authorize(HttpRequest.GET(
                "/api/organizations/" + orgId + "/collective-packs")), Argument.listOf(MAP));
        assertThat(listed).extracting(entry -> entry.get("id")).containsExactly(pack.get("id"));
    }

    @Test
    void theAttachedCellsAreExactlyThePublishedCellsOfTheVendor() throws IOException {
        HttpResponse<Map<String, Object>> created = create(organizer, orgId, CollectivePackFixtures.INVISIBLE);
        byte[] pdf = download(organizer, created.header("Location"));

        Map<String, Object> attached;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] bytes = new PDDocumentNameDictionary(document.getDocumentCatalog()).getEmbeddedFiles().getNames()
                    .get(CollectivePackDocument.CELLS_FILE).getEmbeddedFile().toByteArray();
            attached = json.readValue(bytes, MAP);
        }

        assertThat(attached).containsEntry("format", "steward-collective-cells/1").containsEntry("k", 5)
                .containsEntry("vendor", CollectivePackFixtures.INVISIBLE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tables = (List<Map<String, Object>>) attached.get("tables");
        List<PublishedTable> vendorTables = PUBLICATION.tables().stream()
                .filter(table -> table.spec().dimensions().contains(Dimension.VENDOR)).toList();
        assertThat(tables).hasSameSizeAs(vendorTables);
        for (int t = 0; t < tables.size(); t++) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) tables.get(t).get("cells");
            List<PublishedCell> expected = vendorTables.get(t).cells().stream()
                    .filter(cell -> CollectivePackFixtures.INVISIBLE.equals(cell.coordinates().get(Dimension.VENDOR))).toList();
            assertThat(cells).hasSameSizeAs(expected);
            for (int c = 0; c < cells.size(); c++) {
                Map<String, Object> cell = cells.get(c);
                PublishedCell published = expected.get(c);
                assertThat(cell.get("period")).isEqualTo(published.period());
                assertThat(cell.get("published")).isEqualTo(published.published());
                assertThat(cell.get("workers")).isEqualTo(published.workers());
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> values = (Map<String, Map<String, Object>>) cell.get("values");
                assertThat(values.keySet()).hasSize(published.values().size());
                published.values().forEach((measure, value) -> assertThat(values.get(measure.name()).get("value") == null
                        ? null : ((Number) values.get(measure.name()).get("value")).longValue()).isEqualTo(value.value()));
                if (!published.published()) {
                    assertThat(values).isEmpty();
                    assertThat(cell.get("workers")).isNull();
                }
            }
        }
    }

    @Test
    void noFigureOfASuppressedCellAppearsInThePack() throws IOException {
        HttpResponse<Map<String, Object>> created = create(organizer, orgId, CollectivePackFixtures.INVISIBLE);
        byte[] pdf = download(organizer, created.header("Location"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }

        List<String> missouriJune = text.lines().filter(line -> line.startsWith("US-MO 2026-06")).toList();
        assertThat(missouriJune).hasSize(1).allSatisfy(row -> assertThat(row).contains("suppressed:"));
        // The three workers' true hours that June, as the figures table would have printed them, and their number.
        String hours = java.math.BigDecimal.valueOf(CollectivePackFixtures.MISSOURI_JUNE_MINUTES)
                .divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_EVEN).toPlainString();
        assertThat(text).doesNotContain(hours);
        assertThat(missouriJune.get(0)).doesNotContain(" 3 ");
        assertThat(text).contains("Not enough data", "Breached", "How the figures were protected");
    }

    @Test
    void anotherOrganizationsOrganizerAWorkerAndAVendorAreToldThereIsNoSuchOrganization() {
        HttpResponse<Map<String, Object>> created = create(organizer, orgId, CollectivePackFixtures.INVISIBLE);
        String location = created.header("Location");
        SignedIn otherOrganizer = TestAccounts.withRole(http, "ORGANIZER");
        organization(otherOrganizer);

        for (SignedIn outsider : List.of(otherOrganizer, TestAccounts.kansasCityWorker(http), TestAccounts.withRole(http, "VENDOR"))) {
            refused(() -> create(outsider, orgId, CollectivePackFixtures.INVISIBLE)).hasStatus(404);
            refused(() -> download(outsider, location)).hasStatus(404);
            refused(() -> http.exchange(outsider.authorize(HttpRequest.GET("/api/organizations/" + orgId + "/collective-packs"))))
                    .hasStatus(404);
        }
        refused(() -> http.exchange(HttpRequest.GET(location))).hasStatus(401);
    }

    @Test
    void badRequestsNameTheField() {
        refused(() -> http.exchange(organizer.authorize(HttpRequest.POST("/api/organizations/" + orgId + "/collective-packs",
                Map.of("vendor", "name:nobody we know", "language", "en"))))).hasStatus(400).namesFields("vendor");
        refused(() -> http.exchange(organizer.authorize(HttpRequest.POST("/api/organizations/" + orgId + "/collective-packs",
                Map.of("vendor", CollectivePackFixtures.INVISIBLE, "language", "de"))))).hasStatus(400).namesFields("language");
        refused(() -> http.exchange(organizer.authorize(HttpRequest.POST("/api/organizations/" + orgId + "/collective-packs",
                Map.of("vendor", CollectivePackFixtures.INVISIBLE, "language", "en", "guidelineIds", List.of("no-such-guideline"))))))
                .hasStatus(400).namesFields("guidelineIds");
    }

    private static int middleStreamByte(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher starts = Pattern.compile("(?<!end)stream\\r?\\n").matcher(text);
        List<Integer> streams = new ArrayList<>();
        while (starts.find()) {
            streams.add(starts.end());
        }
        return streams.get(streams.size() / 2) + 16;
    }
}
