package coop.steward.evidence;

import coop.steward.common.digest.Sha256;
import coop.steward.common.validation.Language;
import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import coop.steward.evidence.pdf.DocumentBuilder;
import coop.steward.evidence.signing.SignatureCheck;
import coop.steward.evidence.signing.SigningKey;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document made with the shared PDF builder and signed by {@link SignedDocuments} is PDF/A-3b and PDF/UA-1 on
 * the signed file, carries its attachment, and answers at /api/verify like an evidence pack.
 */
@MicronautTest
class SignedDocumentsControllerTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final byte[] CELLS = "{\"cells\":[{\"vendor\":\"Invisible Technologies\",\"workers\":7}]}"
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SignedDocuments documents;

    @Inject
    SigningKey key;

    BlockingHttpClient http;
    UUID organization = UUID.randomUUID();
    SignedDocument document;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        document = documents.create(DocumentKind.COLLECTIVE_PACK, organization, stamp -> {
            try (DocumentBuilder builder = new DocumentBuilder(Language.EN, "Collective evidence pack " + stamp.id(),
                    stamp.id(), stamp.createdAt())) {
                return builder.title("Collective evidence pack")
                        .field("Organization", "Kansas City Labelers Union")
                        .codeField("Document id", stamp.id().toString())
                        .heading("Published figures")
                        .paragraph("Figures over the members who consent to aggregate use, suppressed below five workers.")
                        .table(new Table("Effective hourly pay by month", List.of("Month", "Workers", "Median"),
                                List.of(TableRow.of("October 2026", "7", "USD 11.78"),
                                        TableRow.of("November 2026", "suppressed: fewer than 5 workers", ""))))
                        .note("A suppressed cell is shown as such, with why; its figures never appear.")
                        .attachJson("published-cells.json", "The published cells this pack was built from", CELLS)
                        .build("Collective evidence pack " + stamp.id()).bytes();
            }
        });
    }

    private Map<String, Object> verifyBody(byte[] pdf) {
        return http.retrieve(HttpRequest.POST("/api/verify", pdf).contentType(MediaType.APPLICATION_PDF_TYPE), JSON);
    }

    @Test
    void aSignedDocumentIsArchivalAccessibleSignedByTheInstanceAndCarriesItsAttachment() throws Exception {
        byte[] pdf = document.pdf();

        assertThat(Sha256.hex(pdf)).isEqualTo(document.sha256());
        assertThat(SignatureCheck.check(pdf, key.certificate()).valid()).isTrue();
        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
        assertThat(PdfAValidation.accessibilityFailuresOf(pdf)).isEmpty();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains("Kansas City Labelers Union", document.id().toString());
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(read.getDocumentCatalog());
            byte[] attached = names.getEmbeddedFiles().getNames().get("published-cells.json").getEmbeddedFile().toByteArray();
            assertThat(attached).isEqualTo(CELLS);
        }
        assertThat(documents.find(document.id())).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(DocumentKind.COLLECTIVE_PACK);
            assertThat(found.ownerId()).isEqualTo(organization);
            assertThat(found.sha256()).isEqualTo(document.sha256());
        });
    }

    @Test
    void anyoneVerifiesASignedDocumentByUploadBodyAndIdLikeAPack() {
        Map<String, Object> body = verifyBody(document.pdf());
        assertThat(body).containsEntry("authentic", true).containsEntry("verdict", "AUTHENTIC")
                .containsEntry("packId", document.id().toString())
                .containsEntry("createdAt", document.createdAt().toString())
                .containsEntry("signedWithCurrentKey", true);
        assertThat(body.toString()).doesNotContain(organization.toString());

        MultipartBody form = MultipartBody.builder()
                .addPart("file", "collective-pack.pdf", MediaType.APPLICATION_PDF_TYPE, document.pdf()).build();
        assertThat(http.retrieve(HttpRequest.POST("/api/verify", form).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), JSON))
                .containsEntry("authentic", true).containsEntry("packId", document.id().toString());

        assertThat(http.retrieve(HttpRequest.GET("/api/verify/" + document.id() + "?sha256=" + document.sha256()), JSON))
                .containsEntry("authentic", true).containsEntry("verdict", "AUTHENTIC");
        assertThat(http.retrieve(HttpRequest.GET("/api/verify/" + document.id() + "?sha256=" + "f".repeat(64)), JSON))
                .containsEntry("authentic", false).containsEntry("verdict", "DIGEST_MISMATCH");
    }

    @Test
    void aSignedDocumentWithOneByteChangedIsNotAuthentic() {
        byte[] pdf = document.pdf().clone();
        pdf[middleStreamByte(pdf)] ^= 0x20;

        assertThat(verifyBody(pdf)).containsEntry("authentic", false).containsEntry("verdict", "UNKNOWN_OR_CHANGED")
                .doesNotContainKeys("packId", "createdAt");
    }

    private static int middleStreamByte(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher starts = Pattern.compile("(?<!end)stream\\r?\\n").matcher(text);
        List<Integer> streams = new ArrayList<>();
        while (starts.find()) {
            streams.add(starts.end());
        }
        return streams.get(streams.size() / 2) + 16;
    }
}
