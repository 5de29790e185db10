package coop.steward.organizing.campaign;

import coop.steward.common.digest.Sha256;
import coop.steward.evidence.PdfAValidation;
import coop.steward.evidence.signing.SignatureCheck;
import coop.steward.evidence.signing.SigningKey;
import coop.steward.organizing.campaign.CampaignFixtures.Union;
import coop.steward.support.MovableClock;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static coop.steward.organizing.campaign.CampaignFixtures.LIST;
import static coop.steward.organizing.campaign.CampaignFixtures.MAP;
import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** A campaign lived through HTTP by an organizer and the union's members, with outsiders knocking. */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "CampaignControllerTest")
class CampaignControllerTest {

    private static final String AMINA = "Amina Wanjiru Otieno";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SigningKey key;

    @Inject
    MovableClock clock;

    BlockingHttpClient http;
    Union union;
    UUID vendor;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        union = CampaignFixtures.nairobiModeratorsUnion(http);
        vendor = CampaignFixtures.vendor(http);
    }

    @Test
    void membersCoSignNamedOrCountedAndTheOrganizerDeliversASignedLetterCarryingTheCollectivePack() throws Exception {
        Map<String, Object> draft = create(union, CampaignFixtures.campaignBody(vendor, today().plusDays(30)));
        assertThat(draft).containsEntry("state", "DRAFT");
        assertThat((String) draft.get("letter")).contains(union.name(), "Fair pay", "KES 118.40 an hour");
        String id = (String) draft.get("id");
        SignedIn named = CampaignFixtures.member(http, union);
        SignedIn counted = CampaignFixtures.member(http, union);
        assertThat(http.retrieve(named.authorize(HttpRequest.GET("/api/me/campaigns")), LIST)).isEmpty();

        assertThat(organizer(HttpRequest.POST(union.campaigns() + "/" + id + "/open", Map.of())))
                .containsEntry("state", "OPEN");
        HttpResponse<Map<String, Object>> first = http.exchange(named.authorize(HttpRequest.PUT(
                "/api/me/campaigns/" + id + "/signature", Map.of("named", true, "printedName", AMINA))), MAP);
        assertThat(first.code()).isEqualTo(201);
        assertThat(http.exchange(counted.authorize(HttpRequest.PUT("/api/me/campaigns/" + id + "/signature",
                Map.of("named", false))), MAP).code()).isEqualTo(201);
        HttpResponse<Map<String, Object>> again = http.exchange(counted.authorize(HttpRequest.PUT(
                "/api/me/campaigns/" + id + "/signature", Map.of("named", false))), MAP);
        assertThat(again.code()).as("the same signature again").isEqualTo(200);

        Map<String, Object> belowK = organizer(HttpRequest.GET(union.campaigns() + "/" + id));
        assertThat(belowK.get("signatures")).isEqualTo(Map.of("k", 5, "reached", false));
        assertThat(belowK.get("namedSigners")).isEqualTo(List.of());
        assertThat(http.retrieve(counted.authorize(HttpRequest.GET("/api/me/campaigns/" + id)), MAP).get("signatures"))
                .isEqualTo(Map.of("k", 5, "reached", false));
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(
                union.campaigns() + "/" + id + "/deliver", Map.of()))))
                .hasStatus(409).hasType("campaign-below-k").namesFields("signatures");

        List<SignedIn> more = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SignedIn member = CampaignFixtures.member(http, union);
            sign(member, id, Map.of("named", false));
            more.add(member);
        }
        Map<String, Object> reached = organizer(HttpRequest.GET(union.campaigns() + "/" + id));
        assertThat(reached.get("signatures")).isEqualTo(Map.of("k", 5, "reached", true, "count", 5));
        assertThat(reached.get("namedSigners")).isEqualTo(List.of(AMINA));
        assertThat(reached.toString()).doesNotContain(named.handle(), counted.handle());

        Map<String, Object> delivered = organizer(HttpRequest.POST(union.campaigns() + "/" + id + "/deliver", Map.of()));
        assertThat(delivered).containsEntry("state", "DELIVERED").containsEntry("overdue", false);
        Map<String, Object> delivery = object(delivered.get("delivery"));
        assertThat(delivery).containsEntry("signatures", 5);
        byte[] letter = http.retrieve(union.organizer().authorize(HttpRequest.GET(
                union.campaigns() + "/" + id + "/letter.pdf").accept(MediaType.APPLICATION_PDF_TYPE)), byte[].class);
        assertThat(Sha256.hex(letter)).isEqualTo(delivery.get("letterSha256"));
        assertThat(SignatureCheck.check(letter, key.certificate()).valid()).isTrue();
        assertThat(pdfsig(letter)).contains("Signature is Valid");
        assertThat(PdfAValidation.failuresOf(letter)).isEmpty();
        try (PDDocument read = Loader.loadPDF(letter)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(text).contains(AMINA, "5 members of " + union.name(), (String) delivery.get("collectivePackId"),
                    (String) delivery.get("collectivePackSha256"));
            assertThat(text).doesNotContain(counted.handle(), named.handle());
            byte[] pack = new PDDocumentNameDictionary(read.getDocumentCatalog()).getEmbeddedFiles().getNames()
                    .get("collective-pack-" + delivery.get("collectivePackId") + ".pdf").getEmbeddedFile().toByteArray();
            assertThat(Sha256.hex(pack)).isEqualTo(delivery.get("collectivePackSha256"));
            assertThat(http.retrieve(HttpRequest.GET("/api/verify/" + delivery.get("collectivePackId") + "?sha256="
                    + delivery.get("collectivePackSha256")), MAP)).containsEntry("verdict", "AUTHENTIC");
        }
        assertThat(http.retrieve(HttpRequest.GET("/api/verify/" + delivery.get("letterId") + "?sha256="
                + delivery.get("letterSha256")), MAP)).containsEntry("verdict", "AUTHENTIC");
        assertThat(http.retrieve(HttpRequest.POST("/api/verify", letter).contentType(MediaType.APPLICATION_PDF_TYPE), MAP))
                .containsEntry("verdict", "AUTHENTIC");

        refused(() -> http.exchange(more.get(0).authorize(HttpRequest.DELETE("/api/me/campaigns/" + id + "/signature"))))
                .hasStatus(409).hasType("campaign-signatures-frozen").namesFields("campaign");
        refused(() -> http.exchange(counted.authorize(HttpRequest.PUT("/api/me/campaigns/" + id + "/signature",
                Map.of("named", true, "printedName", "Otieno"))))).hasStatus(409).hasType("campaign-signatures-frozen");
        assertThat(http.retrieve(more.get(0).authorize(HttpRequest.GET("/api/me/campaigns/" + id)), MAP))
                .containsEntry("state", "DELIVERED").containsEntry("takesSignatures", false);

        clock.advance(Duration.ofDays(31));
        assertThat(organizer(HttpRequest.GET(union.campaigns() + "/" + id))).containsEntry("overdue", true);
        Map<String, Object> responded = organizer(HttpRequest.POST(union.campaigns() + "/" + id + "/response",
                Map.of("respondedOn", today().toString(), "summary", "The vendor offered a meeting in two weeks.")));
        assertThat(responded).containsEntry("state", "RESPONDED").containsEntry("overdue", false);
        assertThat(object(responded.get("response"))).containsEntry("summary", "The vendor offered a meeting in two weeks.");

        List<Map<String, Object>> log = http.retrieve(named.authorize(HttpRequest.GET("/api/me/access-log")), LIST);
        assertThat(log).extracting(line -> line.get("action")).contains("campaign.signer-named", "campaign.letter-read");
        assertThat(http.retrieve(counted.authorize(HttpRequest.GET("/api/me/access-log")), LIST))
                .extracting(line -> line.get("action")).contains("campaign.signature-counted")
                .doesNotContain("campaign.signer-named");
    }

    @Test
    void aMemberWithdrawsBeforeDeliveryAndTheCountFallsBackBelowK() {
        String id = openCampaign();
        List<SignedIn> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SignedIn member = CampaignFixtures.member(http, union);
            sign(member, id, Map.of("named", false));
            members.add(member);
        }
        assertThat(organizer(HttpRequest.GET(union.campaigns() + "/" + id)).get("signatures"))
                .isEqualTo(Map.of("k", 5, "reached", true, "count", 5));

        Map<String, Object> withdrawn = http.retrieve(members.get(4).authorize(
                HttpRequest.DELETE("/api/me/campaigns/" + id + "/signature")), MAP);

        assertThat(withdrawn).containsEntry("takesSignatures", true).doesNotContainKey("mySignature");
        assertThat(organizer(HttpRequest.GET(union.campaigns() + "/" + id)).get("signatures"))
                .isEqualTo(Map.of("k", 5, "reached", false));
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(
                union.campaigns() + "/" + id + "/deliver", Map.of())))).hasStatus(409).hasType("campaign-below-k");
        assertThat(organizer(HttpRequest.GET(union.campaigns() + "/" + id))).containsEntry("state", "OPEN");
    }

    @Test
    void aWorkerOfAnotherOrganizationAnotherOrganizerAVendorAndAnAdminAreToldTheCampaignDoesNotExist() {
        String id = openCampaign();
        SignedIn member = CampaignFixtures.member(http, union);
        sign(member, id, Map.of("named", true, "printedName", AMINA));
        Union other = CampaignFixtures.nairobiModeratorsUnion(http);
        SignedIn outsider = CampaignFixtures.member(http, other);
        SignedIn vendorAccount = TestAccounts.withRole(http, "VENDOR");

        refused(() -> http.exchange(outsider.authorize(HttpRequest.GET("/api/me/campaigns/" + id)))).hasStatus(404);
        refused(() -> http.exchange(outsider.authorize(HttpRequest.PUT("/api/me/campaigns/" + id + "/signature",
                Map.of("named", false))))).hasStatus(404);
        refused(() -> http.exchange(outsider.authorize(HttpRequest.DELETE("/api/me/campaigns/" + id + "/signature"))))
                .hasStatus(404);
        assertThat(http.retrieve(outsider.authorize(HttpRequest.GET("/api/me/campaigns")), LIST)).isEmpty();
        refused(() -> http.exchange(other.organizer().authorize(HttpRequest.GET(union.campaigns() + "/" + id))))
                .hasStatus(404);
        refused(() -> http.exchange(other.organizer().authorize(HttpRequest.GET(union.campaigns())))).hasStatus(404);
        refused(() -> http.exchange(other.organizer().authorize(HttpRequest.GET(other.campaigns() + "/" + id))))
                .hasStatus(404);
        refused(() -> http.exchange(other.organizer().authorize(HttpRequest.POST(
                other.campaigns() + "/" + id + "/deliver", Map.of())))).hasStatus(404);
        refused(() -> http.exchange(vendorAccount.authorize(HttpRequest.GET("/api/me/campaigns/" + id)))).hasStatus(403);
        refused(() -> http.exchange(vendorAccount.authorize(HttpRequest.GET(union.campaigns() + "/" + id)))).hasStatus(403);
        refused(() -> http.exchange(HttpRequest.GET("/api/me/campaigns/" + id))).hasStatus(401);
        assertThat(object(http.retrieve(member.authorize(HttpRequest.GET("/api/me/campaigns/" + id)), MAP)
                .get("mySignature"))).containsEntry("named", true).containsEntry("printedName", AMINA);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Object> noGoal = CampaignFixtures.campaignBody(vendor, today().plusDays(30));
        noGoal.put("goal", 0);
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(union.campaigns(), noGoal))))
                .hasStatus(400).namesFields("goal");
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(union.campaigns(),
                CampaignFixtures.campaignBody(UUID.randomUUID(), today().plusDays(30))))))
                .hasStatus(400).namesFields("vendorId");
        Map<String, Object> blankTitle = CampaignFixtures.campaignBody(vendor, today().plusDays(30));
        blankTitle.put("title", "  ");
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(union.campaigns(), blankTitle))))
                .hasStatus(400).namesFields("title");
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.GET(
                "/api/organizations/" + union.id() + "/campaign-demand?vendorId=sama")))).hasStatus(400).namesFields("vendorId");
        assertThat(http.retrieve(union.organizer().authorize(HttpRequest.GET(union.campaigns())), LIST)).isEmpty();

        Map<String, Object> past = create(union, CampaignFixtures.campaignBody(vendor, today().minusDays(1)));
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(
                union.campaigns() + "/" + past.get("id") + "/open", Map.of())))).hasStatus(400).namesFields("respondBy");
        assertThat(organizer(HttpRequest.GET(union.campaigns() + "/" + past.get("id")))).containsEntry("state", "DRAFT");

        String id = openCampaign();
        SignedIn member = CampaignFixtures.member(http, union);
        refused(() -> http.exchange(member.authorize(HttpRequest.PUT("/api/me/campaigns/" + id + "/signature",
                Map.of("named", true, "printedName", " "))))).hasStatus(400).namesFields("printedName");
        refused(() -> http.exchange(member.authorize(HttpRequest.PUT("/api/me/campaigns/" + id + "/signature",
                Map.of("named", false, "printedName", AMINA))))).hasStatus(400).namesFields("printedName");
        refused(() -> http.exchange(member.authorize(HttpRequest.PUT("/api/me/campaigns/" + id + "/signature",
                Map.of("printedName", AMINA))))).hasStatus(400).namesFields("named");
        assertThat(http.retrieve(member.authorize(HttpRequest.GET("/api/me/campaigns/" + id)), MAP))
                .doesNotContainKey("mySignature");
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(union.campaigns() + "/" + id + "/response",
                Map.of("respondedOn", today().toString(), "summary", "Too early."))))).hasStatus(409).hasType("campaign-wrong-state");
    }

    @Test
    void anOrganizerClosesACampaignAndItTakesNoMoreSignatures() {
        String id = openCampaign();
        SignedIn member = CampaignFixtures.member(http, union);
        assertThat(organizer(HttpRequest.POST(union.campaigns() + "/" + id + "/close", Map.of())))
                .containsEntry("state", "CLOSED");
        refused(() -> http.exchange(member.authorize(HttpRequest.PUT("/api/me/campaigns/" + id + "/signature",
                Map.of("named", false))))).hasStatus(409).hasType("campaign-not-open");
    }

    private String openCampaign() {
        Map<String, Object> body = CampaignFixtures.campaignBody(vendor, today().plusDays(30));
        body.put("letter", "Sama: pay every hour of reading instructions and waiting for tasks.");
        String id = (String) create(union, body).get("id");
        organizer(HttpRequest.POST(union.campaigns() + "/" + id + "/open", Map.of()));
        return id;
    }

    private Map<String, Object> create(Union where, Map<String, Object> body) {
        HttpResponse<Map<String, Object>> response = http.exchange(where.organizer().authorize(
                HttpRequest.POST(where.campaigns(), body)), MAP);
        assertThat(response.code()).isEqualTo(201);
        return response.body();
    }

    private Map<String, Object> organizer(io.micronaut.http.MutableHttpRequest<?> request) {
        return http.retrieve(union.organizer().authorize(request), MAP);
    }

    private void sign(SignedIn member, String id, Map<String, Object> body) {
        http.exchange(member.authorize(HttpRequest.PUT("/api/me/campaigns/" + id + "/signature", new HashMap<>(body))));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object json) {
        return (Map<String, Object>) json;
    }

    /** Poppler's pdfsig, a tool nobody here wrote, on the letter. */
    private static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("campaign-letter", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", "-nocert", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(60, TimeUnit.SECONDS);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Replaces the system clock for this test only, so the vendor's deadline passes without waiting. */
    @Factory
    @Requires(property = "spec.name", value = "CampaignControllerTest")
    static class MovableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
