package coop.steward.evidence;

import coop.steward.common.digest.Sha256;
import coop.steward.common.validation.Language;
import coop.steward.evidence.content.PackStamp;
import coop.steward.evidence.pdf.PackRenderer;
import coop.steward.evidence.signing.PadesSigner;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class EvidencePackControllerTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EvidencePacks packs;

    BlockingHttpClient http;
    SignedIn worker;
    PackView pack;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
        pack = packs.create(worker.id(), PackFixtures.kansasCityQuarter(Language.EN), PackFixtures.recordsJson(96),
                PackFixtures.CHAIN_HEAD);
    }

    private byte[] download(SignedIn who, UUID id) {
        return http.retrieve(who.authorize(HttpRequest.GET("/api/evidence-packs/" + id + "/pdf")), byte[].class);
    }

    private Map<String, Object> verifyBody(byte[] pdf) {
        return http.retrieve(HttpRequest.POST("/api/verify", pdf).contentType(MediaType.APPLICATION_PDF_TYPE), JSON);
    }

    @Test
    void theOwnerListsAndDownloadsTheSignedPackWhoseDigestWasStored() throws Exception {
        List<Map<String, Object>> listed = http.retrieve(worker.authorize(HttpRequest.GET("/api/evidence-packs")),
                Argument.listOf(JSON));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("id", pack.id().toString())
                .containsEntry("sha256", pack.sha256()).containsEntry("language", "en")
                .containsEntry("periodFrom", "2026-01-01").doesNotContainKey("pdf");

        HttpResponse<byte[]> response = http.exchange(worker.authorize(
                HttpRequest.GET("/api/evidence-packs/" + pack.id() + "/pdf")), byte[].class);

        assertThat(response.getContentType()).hasValue(MediaType.APPLICATION_PDF_TYPE);
        assertThat(response.header("Content-Disposition")).contains("evidence-pack-" + pack.id() + ".pdf");
        byte[] pdf = response.body();
        assertThat(Sha256.hex(pdf)).isEqualTo(pack.sha256());
        assertThat(pdf.length).isEqualTo((int) pack.sizeBytes());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(pack.pageCount());
            assertThat(new PDFTextStripper().getText(document)).contains("Dana Whitfield", pack.id().toString());
        }
    }

    @Test
    void anotherWorkersPackIsNotFound() {
        SignedIn moderator = TestAccounts.nairobiWorker(http);

        refused(() -> download(moderator, pack.id())).hasStatus(404).hasType("not-found");
        assertThat(http.retrieve(moderator.authorize(HttpRequest.GET("/api/evidence-packs")), Argument.listOf(JSON))).isEmpty();
    }

    @Test
    void packsNeedASignIn() {
        refused(() -> http.exchange(HttpRequest.GET("/api/evidence-packs"))).hasStatus(401);
        refused(() -> http.exchange(HttpRequest.GET("/api/evidence-packs/" + pack.id() + "/pdf"))).hasStatus(401);
    }

    @Test
    void anyoneCanVerifyAnUploadedPackWithoutSigningInAndLearnsNothingAboutTheWorker() {
        Map<String, Object> answer = verifyBody(download(worker, pack.id()));

        assertThat(answer).containsEntry("authentic", true).containsEntry("verdict", "AUTHENTIC")
                .containsEntry("packId", pack.id().toString())
                .containsEntry("createdAt", pack.createdAt().toString());
        assertThat(answer.keySet()).containsExactlyInAnyOrder("authentic", "verdict", "explanation", "packId",
                "createdAt", "signerCertificateSha256", "signerCertificateSubject", "signedWithCurrentKey",
                "instanceCertificateSha256");
        assertThat(answer.toString()).doesNotContain(worker.handle(), worker.id().toString(), "Dana");
    }

    @Test
    void aPackUploadedAsAFormFieldVerifiesToo() {
        MultipartBody form = MultipartBody.builder()
                .addPart("file", "pack.pdf", MediaType.APPLICATION_PDF_TYPE, download(worker, pack.id())).build();

        Map<String, Object> answer = http.retrieve(HttpRequest.POST("/api/verify", form)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), JSON);

        assertThat(answer).containsEntry("authentic", true).containsEntry("packId", pack.id().toString());
    }

    @Test
    void aPackWithOneByteChangedIsNotAuthentic() {
        byte[] pdf = download(worker, pack.id());
        // A byte of the page content that the signature covers: inside the middle content stream, where the file
        // still parses, so the verdict must come from the signature, not from a file that cannot be read.
        pdf[middleStreamByte(pdf)] ^= 0x20;

        Map<String, Object> answer = verifyBody(pdf);

        assertThat(answer).containsEntry("authentic", false).containsEntry("verdict", "UNKNOWN_OR_CHANGED")
                .containsEntry("explanation", "the file was changed after it was signed")
                .doesNotContainKeys("packId", "createdAt");
    }

    @Test
    void aPackSignedWithAnotherKeyIsNotAuthentic() {
        byte[] unsigned = new PackRenderer().render(new PackStamp(pack.id(), Instant.now(),
                TestKeys.impostor().certificateSha256()), PackFixtures.kansasCityQuarter(Language.EN),
                PackFixtures.recordsJson(96)).bytes();
        byte[] forged = new PadesSigner(TestKeys.impostor()).sign(unsigned, Instant.now(), "Evidence pack");

        assertThat(verifyBody(forged)).containsEntry("authentic", false)
                .containsEntry("explanation", "the file was signed by another key");
    }

    @Test
    void aPackIsVerifiedByItsIdAndTheDigestOfTheFile() {
        Map<String, Object> same = http.retrieve(HttpRequest.GET("/api/verify/" + pack.id() + "?sha256=" + pack.sha256().toUpperCase()), JSON);
        assertThat(same).containsEntry("authentic", true).containsEntry("createdAt", pack.createdAt().toString());

        String other = "0".repeat(64);
        Map<String, Object> changed = http.retrieve(HttpRequest.GET("/api/verify/" + pack.id() + "?sha256=" + other), JSON);
        assertThat(changed).containsEntry("authentic", false).containsEntry("verdict", "DIGEST_MISMATCH")
                .doesNotContainKey("createdAt");
    }

    @Test
    void badVerificationRequestsNameTheField() {
        refused(() -> http.exchange(HttpRequest.POST("/api/verify", "just some words, not a PDF".getBytes())
                .contentType(MediaType.APPLICATION_PDF_TYPE))).hasStatus(400).hasType("validation").namesFields("body");
        refused(() -> http.exchange(HttpRequest.POST("/api/verify", new byte[0])
                .contentType(MediaType.APPLICATION_PDF_TYPE))).hasStatus(400).namesFields("body");
        refused(() -> http.exchange(HttpRequest.POST("/api/verify", MultipartBody.builder()
                .addPart("note", "no file here").build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)))
                .hasStatus(400).namesFields("file");
        refused(() -> http.exchange(HttpRequest.GET("/api/verify/" + pack.id() + "?sha256=abc")))
                .hasStatus(400).namesFields("sha256");
        refused(() -> http.exchange(HttpRequest.GET("/api/verify/" + pack.id())))
                .hasStatus(400).namesFields("sha256");
        refused(() -> http.exchange(HttpRequest.GET("/api/verify/not-a-pack-id?sha256=" + pack.sha256())))
                .hasStatus(400).namesFields("id");
        refused(() -> http.exchange(HttpRequest.GET("/api/verify/" + UUID.randomUUID() + "?sha256=" + pack.sha256())))
                .hasStatus(404).namesFields("id");
    }

    private static int middleStreamByte(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher starts = java.util.regex.Pattern.compile("(?<!end)stream\\r?\\n").matcher(text);
        java.util.List<Integer> streams = new java.util.ArrayList<>();
        while (starts.find()) {
            streams.add(starts.end());
        }
        return streams.get(streams.size() / 2) + 16;
    }
}
