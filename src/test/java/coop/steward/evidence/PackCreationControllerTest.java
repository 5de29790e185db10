package coop.steward.evidence;

import coop.steward.evidence.pdf.PackRenderer;
import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kansas City labeler's October: three evenings of RLHF work at $15.00 an hour, each with 30 minutes spent
 * waiting for tasks, paid $67.50 gross for the 4.5 paid hours less $3.50 in fees. Worked by hand: 6.0 hours in
 * all for $64.00 net is $10.67 an hour, under Missouri's $15.00 minimum; $15.00 × 6.0 h − $64.00 = $26.00 owed.
 */
@MicronautTest
class PackCreationControllerTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final String PACKS = "/api/evidence-packs";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    BlockingHttpClient http;
    SignedIn worker;
    UUID gig;

    @BeforeEach
    void recordAnOctoberOfWork() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
        gig = LedgerFixtures.recordGig(http, worker);
        for (String evening : List.of("2026-10-05T23:00:00Z", "2026-10-06T23:00:00Z", "2026-10-07T23:00:00Z")) {
            LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig, Instant.parse(evening)));
        }
        Map<String, Object> payout = LedgerFixtures.weeklyPayout(gig, "2026-10-16", "2026-10-05", "2026-10-11");
        payout.put("grossMinor", 6750);
        payout.put("platformFeesMinor", 200);
        payout.put("transferFeesMinor", 150);
        payout.put("netMinor", 6400);
        http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(), payout)));
    }

    private Map<String, Object> october(String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("from", "2026-10-01");
        body.put("to", "2026-10-31");
        body.put("language", language);
        return body;
    }

    private HttpResponse<PackView> create(SignedIn who, Map<String, Object> body) {
        return http.exchange(who.authorize(HttpRequest.POST(PACKS, body)), PackView.class);
    }

    private byte[] download(SignedIn who, UUID id) {
        return http.retrieve(who.authorize(HttpRequest.GET(PACKS + "/" + id + "/pdf")), byte[].class);
    }

    /** The text a reader would search, with the line breaks of wrapped fields folded into spaces. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static byte[] attachedRecords(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(PackRenderer.RECORDS_FILE);
            return spec.getEmbeddedFileUnicode().toByteArray();
        }
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPackShowsTheWorkersFiguresTheEffectivePayFormulaAndTheBackPayOwed() throws Exception {
        Map<String, Object> body = october("en");
        body.put("legalName", "Dana Whitfield");

        HttpResponse<PackView> response = create(worker, body);

        assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
        PackView pack = response.body();
        assertThat(response.getHeaders().get("Location")).isEqualTo(PACKS + "/" + pack.id() + "/pdf");
        assertThat(pack.language()).isEqualTo("en");
        String text = text(download(worker, pack.id()));
        assertThat(text)
                .contains("Dana Whitfield")
                .contains("All hours worked 6.00 h")
                .contains("Paid hours 4.50 h")
                .contains("Unpaid hours 1.50 h (25.0 %)")
                .contains("Gross pay USD 67.50")
                .contains("USD 3.50")
                .contains("Net pay USD 64.00")
                .contains("net pay USD 64.00 ÷ all hours 6.00 h = USD 10.67/h")
                .contains("USD 15.00/h from January 1, 2026 (Missouri Proposition A (2024)")
                .contains("effective pay = net pay ÷ all hours = USD 64.00 ÷ 6.0 h = USD 10.67/h")
                .contains("total back pay USD 26.00")
                .contains("Back pay owed: USD 26.00")
                .contains("http://localhost:8080/verify")
                .contains("Fairwork Cloudwork Principles (2024), Principle 1, threshold 1.2")
                .contains("Breached")
                .contains("Invisible Technologies");
    }

    private static String firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(1);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void pageOneAloneStatesEffectivePayAgainstTheWagesTheBackPayOwedAndTheBreaches() throws Exception {
        String english = firstPage(download(worker, create(worker, october("en")).body().id()));

        // The labels wrap in their column, so they are matched in the order they read.
        assertThat(english).contains("At a glance")
                .containsPattern("Effective pay against the .*10\\.67 USD per hour after costs, against USD 15\\.00/h minimum"
                        + " wage over all hours: Breached")
                .containsPattern("Effective pay against the Not enough data .* living wage")
                .contains("Back pay owed USD 26.00",
                "Breaches").containsPattern("Breaches [1-9]\\d* of the \\d+ criteria assessed from the records");

        String french = firstPage(download(worker, create(worker, october("fr")).body().id()));

        assertThat(french).contains("L’essentiel", "Rémunération effective face",
                "Arriérés de salaire dus", "Manquements").containsPattern("critères évalués à partir des relevés");
    }

    @Test
    void theAttachedRecordsRecomputeToTheChainHeadTheLedgerReports() throws Exception {
        PackView pack = create(worker, october("en")).body();
        byte[] pdf = download(worker, pack.id());
        Map<String, Object> records = json.readValue(attachedRecords(pdf), JSON);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> chain = (List<Map<String, Object>>) records.get("chain");

        String previous = (String) records.get("genesis");
        int recomputed = 0;
        for (Map<String, Object> link : chain) {
            assertThat(link.get("previousHash")).isEqualTo(previous);
            String entry = (String) link.get("entry");
            if (entry != null) {
                assertThat(sha256(previous + entry)).isEqualTo(link.get("hash"));
                recomputed++;
            }
            previous = (String) link.get("hash");
        }

        Map<String, Object> verify = http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")), JSON);
        assertThat(previous).isEqualTo(pack.chainHead()).isEqualTo(records.get("head"))
                .isEqualTo(verify.get("headHash"));
        assertThat(chain).hasSize(5);
        assertThat(recomputed).isEqualTo(5);
        assertThat(text(pdf)).contains(pack.chainHead()).contains("Entries in the chain 5");
    }

    @Test
    void recordsOutsideThePackAreLinkedByTheirHashesOnly() throws Exception {
        LedgerFixtures.recordSession(http, worker, LedgerFixtures.eveningSession(gig,
                Instant.parse("2026-11-02T23:00:00Z")));

        PackView pack = create(worker, october("en")).body();
        Map<String, Object> records = json.readValue(attachedRecords(download(worker, pack.id())), JSON);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> chain = (List<Map<String, Object>>) records.get("chain");
        assertThat(chain).hasSize(6);
        assertThat(chain.get(5).get("entry")).isNull();
        assertThat(chain.get(5).get("hash")).isEqualTo(pack.chainHead());
    }

    @Test
    void verifyAcceptsThePackAndRefusesItWithOneByteChanged() {
        PackView pack = create(worker, october("en")).body();
        byte[] pdf = download(worker, pack.id());

        Map<String, Object> genuine = http.retrieve(HttpRequest.POST("/api/verify", pdf)
                .contentType(MediaType.APPLICATION_PDF_TYPE), JSON);
        pdf[pdf.length / 3] ^= 0x01;
        Map<String, Object> changed = http.retrieve(HttpRequest.POST("/api/verify", pdf)
                .contentType(MediaType.APPLICATION_PDF_TYPE), JSON);

        assertThat(genuine).containsEntry("authentic", true).containsEntry("packId", pack.id().toString());
        assertThat(changed).containsEntry("authentic", false);
    }

    @Test
    void anotherWorkerCannotDownloadThePack() {
        PackView pack = create(worker, october("en")).body();
        SignedIn nairobi = TestAccounts.nairobiWorker(http);

        refused(() -> download(nairobi, pack.id())).hasStatus(404);
    }

    @Test
    void aPackInFrenchSpeaksFrench() throws Exception {
        PackView pack = create(worker, october("fr")).body();

        String text = text(download(worker, pack.id()));

        assertThat(pack.language()).isEqualTo("fr");
        assertThat(text).contains("Rémunération nette USD 64.00").contains("Heures non payées")
                .contains("Sessions de travail").contains("USD 15.00/h depuis le 1 janvier 2026").contains("Non respecté");
        // The findings themselves: the criterion's own words and the formula's, in French, around the worker's numbers.
        assertThat(text).contains("Rémunération équitable").contains("au moins le salaire minimum du lieu où ils travaillent")
                .contains("rémunération effective = paie nette ÷ toutes les heures")
                .doesNotContain("effective pay = net pay");
    }

    @Test
    void badRequestsNameTheField() {
        Map<String, Object> backwards = october("en");
        backwards.put("to", "2026-09-30");
        assertThat(refused(() -> create(worker, backwards)).hasStatus(400).fields()).containsExactly("to");

        Map<String, Object> sixYears = october("en");
        sixYears.put("from", "2020-10-01");
        assertThat(refused(() -> create(worker, sixYears)).hasStatus(400).fields()).containsExactly("to");

        Map<String, Object> unknownGuideline = october("en");
        unknownGuideline.put("guidelineIds", List.of("fairwork-cloudwork-1999"));
        assertThat(refused(() -> create(worker, unknownGuideline)).hasStatus(400).fields())
                .containsExactly("guidelineIds");

        assertThat(refused(() -> create(worker, october("de"))).hasStatus(400).fields()).containsExactly("language");

        Map<String, Object> noPeriod = october("en");
        noPeriod.remove("from");
        assertThat(refused(() -> create(worker, noPeriod)).hasStatus(400).fields()).containsExactly("from");
    }

    @Test
    void anotherWorkersEngagementReadsLikeAnUnknownOne() {
        SignedIn nairobi = TestAccounts.nairobiWorker(http);
        UUID theirs = LedgerFixtures.recordGig(http, nairobi);

        Map<String, Object> others = october("en");
        others.put("engagementIds", List.of(theirs.toString()));
        Map<String, Object> unknown = october("en");
        unknown.put("engagementIds", List.of(UUID.randomUUID().toString()));

        var refusedOthers = refused(() -> create(worker, others)).hasStatus(400);
        var refusedUnknown = refused(() -> create(worker, unknown)).hasStatus(400);
        assertThat(refusedOthers.fields()).containsExactly("engagementIds");
        assertThat(refusedOthers.detail()).isEqualTo(refusedUnknown.detail());
        assertThat(refusedOthers.raw()).doesNotContain(nairobi.handle()).doesNotContain(nairobi.id().toString());
    }

    @Test
    void aPackListsTheGrievancesTheirAttachmentDigestsAndTheLettersWithTheirDeadlines() throws Exception {
        UUID grievance = UUID.randomUUID();
        Map<String, Object> latePay = new HashMap<>();
        latePay.put("category", "UNPAID_WORK");
        latePay.put("narrative", "Half an hour of every evening went on waiting for tasks, and none of it was paid.");
        latePay.put("happenedOn", "2026-10-07");
        latePay.put("engagementId", gig.toString());
        latePay.put("amountAtStakeMinor", 2600);
        latePay.put("currency", "USD");
        latePay.put("status", "OPEN");
        http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + grievance, latePay)));
        byte[] note = "Waiting screen from 18:00 to 18:30 on 5, 6 and 7 October.\n".getBytes(StandardCharsets.UTF_8);
        http.exchange(worker.authorize(HttpRequest.POST("/api/grievances/" + grievance + "/attachments",
                MultipartBody.builder().addPart("file", "waiting-log.txt", MediaType.TEXT_PLAIN_TYPE, note).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)));
        HttpResponse<byte[]> letter = http.exchange(worker.authorize(HttpRequest.POST(
                "/api/grievances/" + grievance + "/letters", Map.of("kind", "PAYMENT_DEMAND"))), byte[].class);
        http.exchange(worker.authorize(HttpRequest.POST("/api/grievances/" + grievance + "/letters/"
                + letter.getHeaders().get("Letter-Id") + "/sent", Map.of("sentAt", "2026-10-09T15:00:00Z"))));

        PackView pack = create(worker, october("en")).body();
        byte[] pdf = download(worker, pack.id());
        String text = text(pdf);

        assertThat(text).contains("Grievances").contains("Unpaid work").contains("USD 26.00")
                .contains("none of it was paid").contains("Attachment digests").contains("waiting-log.txt")
                .contains("Payment demand").contains("October 23, 2026")
                .contains("Deadline passed");
        // A digest wraps in its narrow column; the characters are all there, in order.
        assertThat(text.replace(" ", "")).contains(sha256Of(note));
        Map<String, Object> records = json.readValue(attachedRecords(pdf), JSON);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> chain = (List<Map<String, Object>>) records.get("chain");
        assertThat(chain).hasSize(7).allSatisfy(link -> assertThat(link.get("entry")).isNotNull());
    }

    private static String sha256Of(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aPackCoversOnlyTheEngagementsAskedFor() throws Exception {
        Map<String, Object> second = LedgerFixtures.kansasCityRlhfGig();
        second.put("vendorName", "Outlier");
        UUID outlier = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + outlier, second)));

        Map<String, Object> body = october("en");
        body.put("engagementIds", List.of(gig.toString()));
        String text = text(download(worker, create(worker, body).body().id()));

        assertThat(text).contains("Invisible Technologies").doesNotContain("Outlier");
    }

    @Test
    void aNarrativeWithEmojiAndLettersTheFontsLackMakesAPackWithAVisibleReplacementAndTheExactTextAttached()
            throws Exception {
        // Emoji the fonts lack (one mark per emoji, skin tone included), a run of emoji DejaVu does draw too long for
        // any line, which must break between code points rather than inside a surrogate pair, and an emoji whose
        // surrogate pair straddles the 600th char, where the grievance table cuts a long narrative.
        StringBuilder told = new StringBuilder("Paid late again 🦄 after I asked twice 🙏🏽 — the payout page said ")
                .append("😠".repeat(120)).append(' ');
        while (told.length() < 599) {
            told.append('.');
        }
        String narrative = told.append("👩🏽‍💻".repeat(20)).toString();
        UUID grievance = UUID.randomUUID();
        Map<String, Object> late = new HashMap<>();
        late.put("category", "LATE_PAYMENT");
        late.put("narrative", narrative);
        late.put("happenedOn", "2026-10-07");
        late.put("engagementId", gig.toString());
        late.put("amountAtStakeMinor", 6400);
        late.put("currency", "USD");
        late.put("status", "OPEN");
        http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + grievance, late)));
        HttpResponse<byte[]> letter = http.exchange(worker.authorize(HttpRequest.POST(
                "/api/grievances/" + grievance + "/letters", Map.of("kind", "PAYMENT_DEMAND"))), byte[].class);

        HttpResponse<PackView> created = create(worker, october("en"));
        byte[] pdf = download(worker, created.body().id());

        assertThat(letter.getStatus().getCode()).isEqualTo(201);
        assertThat(text(letter.body())).contains("Paid late again \uFFFD after I asked twice \uFFFD — the payout")
                .contains("😠😠😠😠😠");
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        // In the grievance table the narrative wraps in its column, beside the other cells.
        assertThat(text(pdf)).contains("Paid late again \uFFFD after I asked twice \uFFFD").contains("😠😠😠😠😠");
        Map<String, Object> records = json.readValue(attachedRecords(pdf), JSON);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> chain = (List<Map<String, Object>>) records.get("chain");
        List<Object> narratives = new ArrayList<>();
        for (Map<String, Object> link : chain) {
            if (link.get("entry") instanceof String entry) {
                Object record = json.readValue(entry, JSON).get("record");
                if (record instanceof Map<?, ?> fields && fields.containsKey("narrative")) {
                    narratives.add(fields.get("narrative"));
                }
            }
        }
        assertThat(narratives).containsExactly(narrative);
        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
    }
}
