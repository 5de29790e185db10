package coop.steward.vendor.certification;

import coop.steward.common.digest.Sha256;
import coop.steward.evidence.PdfAValidation;
import coop.steward.evidence.signing.SignatureCheck;
import coop.steward.evidence.signing.SigningKey;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static coop.steward.support.ProblemAssert.refused;
import static coop.steward.vendor.certification.VendorFixtures.FAIRWORK;
import static coop.steward.vendor.certification.VendorFixtures.LIST;
import static coop.steward.vendor.certification.VendorFixtures.MAP;
import static coop.steward.vendor.certification.VendorFixtures.answer;
import static coop.steward.vendor.certification.VendorFixtures.attestation;
import static coop.steward.vendor.certification.VendorFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

/** A vendor answers a guideline's questionnaire, offers evidence, attests, and gets a signed certificate. */
@MicronautTest(transactional = false)
class CertificationControllerTest {

    static final String PATH = "/api/vendor/certifications";
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Certifications certifications;

    @Inject
    SigningKey key;

    BlockingHttpClient http;
    VendorFixtures.VendorAccount vendor;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        vendor = VendorFixtures.labelingAgency(http, "Brightline Data Services");
    }

    @Test
    void aVendorAnswersTheFairworkQuestionnaireAttestsAndGetsAVerifiableCertificate() throws Exception {
        Map<String, Object> draft = start(vendor);
        String id = (String) draft.get("id");
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("guidelineVersion", "2024");
        List<String> criteria = criteria(draft);
        assertThat(criteria).contains("minimum-wage-after-costs", "pay-on-time");
        assertThat(draft.get("missing")).isEqualTo(criteria);

        answerAll(vendor, id, criteria);
        HttpResponse<Map<String, Object>> uploaded = http.exchange(vendor.authorize(HttpRequest.POST(
                PATH + "/" + id + "/answers/minimum-wage-after-costs/evidence",
                file("Pay policy 2026.pdf", MediaType.APPLICATION_PDF_TYPE,
                        VendorFixtures.policyPdf("Minimum pay policy: every hour is paid at least the local minimum wage.")))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), MAP);
        assertThat(uploaded.code()).isEqualTo(201);
        Map<String, Object> evidence = uploaded.body();
        assertThat(evidence).containsEntry("fileName", "Pay policy 2026.pdf").containsEntry("mediaType", "application/pdf");

        byte[] stored = http.retrieve(vendor.authorize(HttpRequest.GET(PATH + "/" + id + "/evidence/" + evidence.get("id"))),
                byte[].class);
        assertThat(Sha256.hex(stored)).isEqualTo(evidence.get("sha256"));
        try (PDDocument read = Loader.loadPDF(stored)) {
            assertThat(read.getDocumentInformation().getAuthor()).isNull();
        }

        Map<String, Object> attested = http.retrieve(vendor.authorize(HttpRequest.POST(PATH + "/" + id + "/attestation",
                attestation("Maya Okafor", "Chief Operating Officer", TODAY))), MAP);
        assertThat(attested).containsEntry("status", "ATTESTED").containsEntry("attesterName", "Maya Okafor")
                .containsEntry("attestedOn", TODAY);
        assertThat((List<?>) attested.get("missing")).isEmpty();

        List<PublishedCertification> published = certifications.published(vendor.vendorId());
        assertThat(published).hasSize(1);
        PublishedCertification certification = published.get(0);
        assertThat(certification.guidelineId()).isEqualTo(FAIRWORK);
        assertThat(certification.attestedBy()).isEqualTo("Maya Okafor");
        assertThat(certification.answers()).extracting(PublishedAnswer::criterionId).isEqualTo(criteria);
        PublishedAnswer minimumWage = certification.answers().stream()
                .filter(a -> a.criterionId().equals("minimum-wage-after-costs")).findFirst().orElseThrow();
        assertThat(minimumWage.answer()).isEqualTo(Answer.YES);
        assertThat(minimumWage.question()).contains("minimum wage");
        assertThat(minimumWage.evidence()).containsExactly(new EvidenceDigest("Pay policy 2026.pdf", "application/pdf",
                (String) evidence.get("sha256")));

        byte[] pdf = http.retrieve(HttpRequest.GET("/api/certifications/" + id + "/certificate.pdf"), byte[].class);
        assertThat(Sha256.hex(pdf)).isEqualTo(certification.certificateSha256());
        assertThat(SignatureCheck.check(pdf, key.certificate()).valid()).isTrue();
        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
        assertThat(PdfAValidation.accessibilityFailuresOf(pdf)).isEmpty();
        assertThat(pdfsig(pdf)).contains("Signature is Valid");
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(text).contains(vendor.vendorName(), FAIRWORK, "Maya Okafor", "Chief Operating Officer",
                    "Pay policy 2026.pdf", (String) evidence.get("sha256"),
                    "Are all workers paid at least the local minimum wage");
            byte[] json = new PDDocumentNameDictionary(read.getDocumentCatalog()).getEmbeddedFiles().getNames()
                    .get(Certificates.JSON_NAME).getEmbeddedFile().toByteArray();
            assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"criterionId\":\"minimum-wage-after-costs\"",
                    "\"answer\":\"YES\"", (String) evidence.get("sha256"), id);
        }
        assertThat(http.retrieve(HttpRequest.GET("/api/verify/" + certification.certificateDocumentId() + "?sha256="
                + certification.certificateSha256()), MAP)).containsEntry("verdict", "AUTHENTIC");
        assertThat(http.retrieve(HttpRequest.POST("/api/verify", pdf).contentType(MediaType.APPLICATION_PDF_TYPE), MAP))
                .containsEntry("verdict", "AUTHENTIC");
    }

    @Test
    void attestingAnIncompleteQuestionnaireIsRefusedNamingTheMissingCriteriaAndWritesNothing() {
        Map<String, Object> draft = start(vendor);
        String id = (String) draft.get("id");
        List<String> criteria = criteria(draft);
        answerAll(vendor, id, criteria.subList(0, criteria.size() - 2));
        http.exchange(vendor.authorize(HttpRequest.PUT(PATH + "/" + id + "/answers/" + criteria.get(criteria.size() - 2),
                answer("PARTLY", " "))));

        String second = criteria.get(criteria.size() - 2);
        String last = criteria.get(criteria.size() - 1);
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(PATH + "/" + id + "/attestation",
                attestation("Maya Okafor", "COO", TODAY))))).hasStatus(422).hasType("certification-incomplete")
                .namesFields("answers." + second + ".explanation", "answers." + last + ".answer",
                        "answers." + last + ".explanation");

        Map<String, Object> still = http.retrieve(vendor.authorize(HttpRequest.GET(PATH + "/" + id)), MAP);
        assertThat(still).containsEntry("status", "DRAFT").containsEntry("missing", List.of(second, last));
        assertThat(certifications.published(vendor.vendorId())).isEmpty();
    }

    @Test
    void anAttestationWithoutTheConfirmationOrDatedInTheFutureIsRefusedNamingTheField() {
        String id = completeDraft(vendor);
        Map<String, Object> unconfirmed = attestation("Maya Okafor", "COO", TODAY);
        unconfirmed.put("confirmed", false);
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(PATH + "/" + id + "/attestation", unconfirmed))))
                .hasStatus(400).namesFields("confirmed");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(PATH + "/" + id + "/attestation",
                attestation("Maya Okafor", "COO", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString())))))
                .hasStatus(400).namesFields("date");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(PATH + "/" + id + "/attestation",
                attestation("", "COO", TODAY))))).hasStatus(400).namesFields("name");
        assertThat(http.retrieve(vendor.authorize(HttpRequest.GET(PATH + "/" + id)), MAP)).containsEntry("status", "DRAFT");
    }

    @Test
    void attestedAnswersCannotBeEditedNorTheirEvidenceChanged() {
        String id = completeDraft(vendor);
        Map<String, Object> evidence = http.retrieve(vendor.authorize(HttpRequest.POST(
                PATH + "/" + id + "/answers/clear-terms/evidence",
                file("contract-template.png", MediaType.IMAGE_PNG_TYPE, VendorFixtures.screenshotPng()))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), MAP);
        attest(vendor, id);

        refused(() -> http.exchange(vendor.authorize(HttpRequest.PUT(PATH + "/" + id + "/answers/pay-on-time",
                answer("NO", "Changed our mind"))))).hasStatus(409).hasType("certification-attested");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.DELETE(PATH + "/" + id + "/evidence/" + evidence.get("id")))))
                .hasStatus(409).hasType("certification-attested");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(PATH + "/" + id + "/answers/clear-terms/evidence",
                file("other.pdf", MediaType.APPLICATION_PDF_TYPE, VendorFixtures.policyPdf("Other")))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)))).hasStatus(409).hasType("certification-attested");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(PATH + "/" + id + "/attestation",
                attestation("Someone Else", "CEO", TODAY))))).hasStatus(409);

        PublishedAnswer payOnTime = certifications.published(vendor.vendorId()).get(0).answers().stream()
                .filter(a -> a.criterionId().equals("pay-on-time")).findFirst().orElseThrow();
        assertThat(payOnTime.answer()).isEqualTo(Answer.YES);
    }

    @Test
    void evidenceCanBeListedAndDeletedWhileDraft() {
        Map<String, Object> draft = start(vendor);
        String id = (String) draft.get("id");
        Map<String, Object> evidence = http.retrieve(vendor.authorize(HttpRequest.POST(
                PATH + "/" + id + "/answers/due-process/evidence",
                file("appeals.png", MediaType.IMAGE_PNG_TYPE, VendorFixtures.screenshotPng()))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), MAP);
        assertThat((List<?>) questionOf(get(vendor, id), "due-process").get("evidence")).hasSize(1);

        assertThat(http.exchange(vendor.authorize(HttpRequest.DELETE(PATH + "/" + id + "/evidence/" + evidence.get("id"))))
                .code()).isEqualTo(204);
        assertThat((List<?>) questionOf(get(vendor, id), "due-process").get("evidence")).isEmpty();
    }

    @Test
    void evidenceOfTheWrongTypeOrSizeIsRefusedNamingTheFileAndNothingIsStored() {
        String id = (String) start(vendor).get("id");
        String upload = PATH + "/" + id + "/answers/pay-on-time/evidence";
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(upload,
                file("notes.txt", MediaType.TEXT_PLAIN_TYPE, "We always pay on time.".getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)))).hasStatus(415).hasType("attachment-type-refused")
                .namesFields("file");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(upload,
                file("policy.pdf", MediaType.APPLICATION_PDF_TYPE, VendorFixtures.screenshotPng()))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)))).hasStatus(415).hasType("attachment-type-mismatch")
                .namesFields("file");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        byte[] png = VendorFixtures.screenshotPng();
        System.arraycopy(png, 0, large, 0, png.length);
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(upload,
                file("scan.png", MediaType.IMAGE_PNG_TYPE, large)).contentType(MediaType.MULTIPART_FORM_DATA_TYPE))))
                .hasStatus(413).hasType("attachment-too-large").namesFields("file");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(upload,
                file("empty.pdf", MediaType.APPLICATION_PDF_TYPE, new byte[0])).contentType(MediaType.MULTIPART_FORM_DATA_TYPE))))
                .hasStatus(400).namesFields("file");

        assertThat((List<?>) questionOf(get(vendor, id), "pay-on-time").get("evidence")).isEmpty();
    }

    @Test
    void aBadAnswerIsRefusedNamingTheFieldAndNothingIsSaved() {
        String id = (String) start(vendor).get("id");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.PUT(PATH + "/" + id + "/answers/pay-on-time",
                answer("MAYBE", "We try to.."))))).hasStatus(400).namesFields("answer");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.PUT(PATH + "/" + id + "/answers/pay-on-time",
                answer("YES", "x".repeat(4001)))))).hasStatus(400).namesFields("explanation");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.PUT(PATH + "/" + id + "/answers/no-such-criterion",
                answer("YES", "Yes"))))).hasStatus(404);
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(PATH,
                Map.of("guidelineId", "no-such-guideline"))))).hasStatus(400).namesFields("guidelineId");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.POST(PATH,
                Map.of("guidelineId", FAIRWORK, "guidelineVersion", "1999"))))).hasStatus(400).namesFields("guidelineVersion");

        Map<String, Object> question = questionOf(get(vendor, id), "pay-on-time");
        assertThat(question.get("answer")).isNull();
        assertThat(question.get("explanation")).isNull();
    }

    @Test
    void anotherVendorsCertificationAnswers404AndOtherRolesCannotWrite() {
        String id = completeDraft(vendor);
        VendorFixtures.VendorAccount other = VendorFixtures.labelingAgency(http, "Northstar Annotation");

        refused(() -> http.exchange(other.authorize(HttpRequest.GET(PATH + "/" + id)))).hasStatus(404);
        refused(() -> http.exchange(other.authorize(HttpRequest.PUT(PATH + "/" + id + "/answers/pay-on-time",
                answer("NO", "Sabotage"))))).hasStatus(404);
        refused(() -> http.exchange(other.authorize(HttpRequest.POST(PATH + "/" + id + "/attestation",
                attestation("Mallory", "CEO", TODAY))))).hasStatus(404);
        assertThat(http.retrieve(other.authorize(HttpRequest.GET(PATH)), LIST)).isEmpty();

        SignedIn worker = TestAccounts.kansasCityWorker(http);
        refused(() -> http.exchange(worker.authorize(HttpRequest.POST(PATH, Map.of("guidelineId", FAIRWORK)))))
                .hasStatus(403);
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");
        refused(() -> http.exchange(organizer.authorize(HttpRequest.PUT(PATH + "/" + id + "/answers/pay-on-time",
                answer("NO", "No"))))).hasStatus(403);
        refused(() -> http.exchange(HttpRequest.POST(PATH + "/" + id + "/attestation",
                attestation("Anon", "None", TODAY)))).hasStatus(401);
        refused(() -> http.exchange(HttpRequest.GET("/api/certifications/" + id + "/certificate.pdf"))).hasStatus(404);

        assertThat(questionOf(get(vendor, id), "pay-on-time")).containsEntry("answer", "YES");
    }

    @Test
    void aNewCertificationAgainstTheSameGuidelineSupersedesTheOldOneWhichStaysPublic() {
        String first = completeDraft(vendor);
        attest(vendor, first);
        Map<String, Object> again = start(vendor);
        String second = (String) again.get("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(start(vendor)).containsEntry("id", second);
        answerAll(vendor, second, criteria(again));
        http.exchange(vendor.authorize(HttpRequest.PUT(PATH + "/" + second + "/answers/democratic-governance",
                answer("NO", "Workers are not represented in governance yet; a council is planned for 2027."))));
        Map<String, Object> attested = attest(vendor, second);
        assertThat(attested).containsEntry("supersedes", first);

        List<PublishedCertification> published = certifications.published(vendor.vendorId());
        assertThat(published).extracting(c -> c.id().toString()).containsExactly(second, first);
        assertThat(published.get(0).supersededBy()).isNull();
        assertThat(published.get(1).supersededBy()).hasToString(second);
        assertThat(http.retrieve(vendor.authorize(HttpRequest.GET(PATH + "/" + first)), MAP))
                .containsEntry("status", "SUPERSEDED").containsEntry("supersededBy", second);
        assertThat(http.retrieve(HttpRequest.GET("/api/certifications/" + first + "/certificate.pdf"), byte[].class))
                .isNotEmpty();
        assertThat(http.retrieve(vendor.authorize(HttpRequest.GET(PATH)), LIST))
                .extracting(c -> c.get("status")).containsExactly("ATTESTED", "SUPERSEDED");
    }

    @Test
    void theQuestionsAreAskedInTheVendorsLanguage() {
        Map<String, Object> draft = http.retrieve(vendor.authorize(HttpRequest.POST(PATH + "?language=fr",
                Map.of("guidelineId", FAIRWORK))), MAP);
        assertThat((String) questionOf(draft, "minimum-wage-after-costs").get("question")).contains("salaire minimum");
        refused(() -> http.exchange(vendor.authorize(HttpRequest.GET(PATH + "/" + draft.get("id") + "?language=de"))))
                .hasStatus(400).namesFields("language");
    }

    private Map<String, Object> start(VendorFixtures.VendorAccount account) {
        return http.retrieve(account.authorize(HttpRequest.POST(PATH, Map.of("guidelineId", FAIRWORK))), MAP);
    }

    private Map<String, Object> get(VendorFixtures.VendorAccount account, String id) {
        return http.retrieve(account.authorize(HttpRequest.GET(PATH + "/" + id)), MAP);
    }

    private String completeDraft(VendorFixtures.VendorAccount account) {
        Map<String, Object> draft = start(account);
        answerAll(account, (String) draft.get("id"), criteria(draft));
        return (String) draft.get("id");
    }

    private Map<String, Object> attest(VendorFixtures.VendorAccount account, String id) {
        return http.retrieve(account.authorize(HttpRequest.POST(PATH + "/" + id + "/attestation",
                attestation("Maya Okafor", "Chief Operating Officer", TODAY))), MAP);
    }

    private void answerAll(VendorFixtures.VendorAccount account, String id, List<String> criteria) {
        for (String criterion : criteria) {
            http.exchange(account.authorize(HttpRequest.PUT(PATH + "/" + id + "/answers/" + criterion,
                    answer("YES", "Written policy " + criterion + ", reviewed every quarter by the operations team."))));
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> criteria(Map<String, Object> view) {
        return ((List<Map<String, Object>>) view.get("questions")).stream().map(q -> (String) q.get("criterionId")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> questionOf(Map<String, Object> view, String criterionId) {
        return ((List<Map<String, Object>>) view.get("questions")).stream()
                .filter(q -> criterionId.equals(q.get("criterionId"))).findFirst().orElseThrow();
    }

    /** Poppler's pdfsig, a tool nobody here wrote, on the downloaded certificate. */
    private static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("certificate", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
