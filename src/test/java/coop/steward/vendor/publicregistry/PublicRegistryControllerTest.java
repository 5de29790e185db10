package coop.steward.vendor.publicregistry;

import coop.steward.common.audit.AuditLog;
import coop.steward.organizing.rollup.Rollups;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static coop.steward.vendor.publicregistry.RegistryFixtures.LIST;
import static coop.steward.vendor.publicregistry.RegistryFixtures.MAP;
import static coop.steward.vendor.publicregistry.RegistryFixtures.MINIMUM_WAGE;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PublicRegistryControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Rollups rollups;

    @Inject
    AuditLog audit;

    BlockingHttpClient http;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
    }

    @Test
    void theRegistryListsCanonicalVendorsAsPlainEscapedHtmlAndAsJson() {
        SignedIn admin = TestAccounts.admin(http);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> vendor = http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/vendors",
                Map.of("name", "Nimbus <Data> & Co " + suffix, "kind", "BPO", "country", "KE"))), MAP);
        http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/vendors/" + vendor.get("id") + "/names",
                Map.of("name", "Nimbus Nairobi " + suffix, "kind", "ALIAS"))), MAP);

        HttpResponse<String> page = http.exchange(HttpRequest.GET("/registry"), String.class);

        assertThat(page.getContentType().orElseThrow().toString()).startsWith("text/html");
        String html = page.body();
        assertThat(html).startsWith("<!doctype html>").contains("<html lang=\"en\">", "<h1>Vendor registry</h1>",
                "<th scope=\"col\">Vendor</th>", "Nimbus &lt;Data&gt; &amp; Co " + suffix, "Also known as Nimbus Nairobi " + suffix,
                "href=\"/registry/" + vendor.get("id") + "\"", "<link rel=\"stylesheet\" href=\"/assets/app.css\">")
                .doesNotContain("<Data>", "<script", "http://", "https://");
        List<Map<String, Object>> list = http.retrieve(HttpRequest.GET("/api/registry/vendors"), LIST);
        assertThat(list).filteredOn(entry -> vendor.get("id").equals(entry.get("id"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("aliases", List.of("Nimbus Nairobi " + suffix))
                        .containsEntry("certifications", 0).containsEntry("page", "/registry/" + vendor.get("id")));
    }

    @Test
    void aVendorsPageShowsItsNamesClaimsAndCertificateInTheAskedLanguage() {
        RegistryFixtures.Vendor vendor = RegistryFixtures.vendor(http, "Lumen Annotation");
        UUID certification = RegistryFixtures.certifyEverythingYes(http, vendor);

        Map<String, Object> json = http.retrieve(HttpRequest.GET("/api/registry/vendors/" + vendor.id()), MAP);
        Map<String, Object> current = certifications(json).get(0);
        Map<String, Object> certificate = cast(current.get("certificate"));
        assertThat(current).containsEntry("id", certification.toString()).containsEntry("current", true)
                .containsEntry("attestedBy", "Dana Whitfield");
        assertThat(claims(current)).isNotEmpty().allSatisfy(claim -> assertThat(claim).containsEntry("answer", "YES"));
        assertThat((String) certificate.get("verify")).isEqualTo("/api/verify/" + certificate.get("documentId")
                + "?sha256=" + certificate.get("sha256"));
        assertThat(http.retrieve(HttpRequest.GET((String) certificate.get("verify")), MAP))
                .containsEntry("authentic", true);

        String html = http.retrieve(HttpRequest.GET("/registry/" + vendor.id() + "?lang=fr"), String.class);
        assertThat(html).contains("<html lang=\"fr\">", "<h1>" + vendor.name() + "</h1>", "Certifications",
                "En vigueur", (String) certificate.get("sha256"), "Vérifier ce certificat", "Oui")
                .doesNotContain("<script");
        assertThat(http.exchange(HttpRequest.GET("/registry/" + vendor.id())
                .header("Accept-Language", "sw-KE,sw;q=0.9,en;q=0.5"), String.class).body()).contains("<html lang=\"sw\">");
    }

    @Test
    void anUnknownVendorIsNotFoundAndAMalformedIdIsABadRequest() {
        refused(() -> http.exchange(HttpRequest.GET("/api/registry/vendors/" + UUID.randomUUID())))
                .hasStatus(404).hasType("not-found");
        refused(() -> http.exchange(HttpRequest.GET("/api/registry/vendors/not-a-vendor"))).hasStatus(400)
                .namesFields("vendorId");
        refused(() -> http.exchange(HttpRequest.GET("/api/registry/vendors/" + UUID.randomUUID() + "?lang=de")))
                .hasStatus(400).namesFields("lang");
        HttpClientResponseException missing = pageError("/registry/" + UUID.randomUUID());
        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.getResponse().getBody(String.class).orElseThrow()).contains("<h1>Vendor not found</h1>");
        assertThat(pageError("/registry/%3Cscript%3E").code()).isEqualTo(400);
    }

    @Test
    void aMinimumWageClaimIsContestedByEnoughWorkersRecordsAndTheVendorAnswersIt() {
        RegistryFixtures.Vendor vendor = RegistryFixtures.vendor(http, "Halcyon Tasking");
        UUID certification = RegistryFixtures.certifyEverythingYes(http, vendor);
        RegistryFixtures.Organization union = RegistryFixtures.organization(http);
        String grievance = "Paid forty dollars for eight hours " + UUID.randomUUID().toString().substring(0, 8);
        List<SignedIn> workers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            workers.add(RegistryFixtures.underpaidWorker(http, union, vendor, grievance));
        }
        Map<String, Object> json = afterRollups(vendor.id(),
                c -> "US-MO".equals(c.get("jurisdiction")) && Integer.valueOf(6).equals(c.get("workers")));
        Map<String, Object> claim = claim(certifications(json).get(0), MINIMUM_WAGE);
        assertThat(claim).containsEntry("contested", true);
        Map<String, Object> breach = findings(claim).stream().filter(f -> "US-MO".equals(f.get("jurisdiction")))
                .findFirst().orElseThrow();
        assertThat(breach).containsEntry("published", true).containsEntry("status", "BREACHED");
        assertThat((String) breach.get("formula")).isNotBlank();
        assertThat((String) breach.get("figure")).contains("USD");
        Map<String, Object> cell = cells(json).stream().filter(c -> "US-MO".equals(c.get("jurisdiction"))).findFirst()
                .orElseThrow();
        assertThat(cell).containsEntry("published", true);
        assertThat(cell.get("workers")).isEqualTo(6);

        String html = http.retrieve(HttpRequest.GET("/registry/" + vendor.id()), String.class);
        assertThat(html).contains("data-criterion=\"" + MINIMUM_WAGE + "\" data-contested=\"true\"",
                "class=\"tag contested\">Contested</strong>", "Breached");
        String path = "/api/registry/vendors/" + vendor.id() + "/certifications/" + certification + "/claims/"
                + MINIMUM_WAGE;

        assertThat(http.exchange(vendor.account().authorize(HttpRequest.POST(path + "/responses",
                Map.of("body", "We are reviewing the Missouri rates with our payroll provider.")))).code()).isEqualTo(201);
        Map<String, Object> second = http.retrieve(vendor.account().authorize(HttpRequest.POST(path + "/responses",
                Map.of("body", "From January every Missouri contractor is paid at least USD 15.00 an hour."))), MAP);
        assertThat(second).containsEntry("version", 2);
        RegistryFixtures.Vendor rival = RegistryFixtures.vendor(http, "Rival Crowdwork");
        refused(() -> http.exchange(rival.account().authorize(HttpRequest.POST(path + "/responses",
                Map.of("body", "Nothing to see here."))))).hasStatus(404);
        http.exchange(union.organizer().authorize(HttpRequest.POST(path + "/notes", Map.of(
                "organizationId", union.id().toString(), "body", "Six of our members were paid USD 5.00 an hour."))));

        Map<String, Object> after = claim(certifications(http.retrieve(
                HttpRequest.GET("/api/registry/vendors/" + vendor.id()), MAP)).get(0), MINIMUM_WAGE);
        assertThat(responses(after)).extracting(r -> r.get("version")).containsExactly(2, 1);
        assertThat(notesOf(after)).singleElement().satisfies(note -> assertThat(note)
                .containsEntry("organization", union.name()));
        String page = http.retrieve(HttpRequest.GET("/registry/" + vendor.id()), String.class);
        assertThat(page).contains("Response from " + vendor.name(), "From January every Missouri contractor",
                "Earlier versions of the response", "We are reviewing the Missouri rates", union.name());

        String everything = page + http.retrieve(HttpRequest.GET("/api/registry/vendors/" + vendor.id()), String.class);
        for (SignedIn worker : workers) {
            assertThat(everything).doesNotContain(worker.handle(), worker.id().toString());
        }
        assertThat(everything).doesNotContain(grievance, union.organizer().handle(), vendor.account().handle());

        Map<String, Object> own = http.retrieve(vendor.account().authorize(HttpRequest.GET("/api/vendor/me/registry")),
                MAP);
        List<Map<String, Object>> contested = cast(own.get("contested"));
        assertThat(contested).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("criterionId", MINIMUM_WAGE));
        String ownText = http.retrieve(vendor.account().authorize(HttpRequest.GET("/api/vendor/me/registry")),
                String.class);
        for (SignedIn worker : workers) {
            assertThat(ownText).doesNotContain(worker.handle(), worker.id().toString());
        }
        assertThat(ownText).doesNotContain(grievance);
        assertThat(audit.bySubject(vendor.id())).filteredOn(e -> e.action().equals(VendorRegistryViews.READ))
                .hasSize(2).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(vendor.account().id()));
    }

    @Test
    void theSameBreachInACellOfTooFewWorkersContestsNothingAndShowsNoFigure() {
        RegistryFixtures.Vendor vendor = RegistryFixtures.vendor(http, "Quiet Queue");
        UUID certification = RegistryFixtures.certifyEverythingYes(http, vendor);
        RegistryFixtures.Organization union = RegistryFixtures.organization(http);
        for (int i = 0; i < 2; i++) {
            RegistryFixtures.underpaidWorker(http, union, vendor, "Underpaid again");
        }
        Map<String, Object> json = afterRollups(vendor.id(), c -> "US-MO".equals(c.get("jurisdiction")));
        Map<String, Object> claim = claim(certifications(json).get(0), MINIMUM_WAGE);
        assertThat(claim).containsEntry("contested", false);
        assertThat(findings(claim)).isNotEmpty().allSatisfy(f -> assertThat(f).containsEntry("published", false)
                .containsEntry("status", null).containsEntry("figure", null).containsEntry("formula", null));
        assertThat(cells(json)).isNotEmpty().allSatisfy(c -> assertThat(c).containsEntry("published", false)
                .containsEntry("workers", null).containsEntry("figures", List.of()));
        assertThat(http.retrieve(HttpRequest.GET("/registry/" + vendor.id()), String.class))
                .contains("Not enough workers").doesNotContain("data-contested=\"true\"", "Breached");
        refused(() -> http.exchange(vendor.account().authorize(HttpRequest.POST("/api/registry/vendors/" + vendor.id()
                + "/certifications/" + certification + "/claims/" + MINIMUM_WAGE + "/responses",
                Map.of("body", "Nothing contests this."))))).hasStatus(409).hasType("claim-not-contested");
    }

    @Test
    void badResponsesAndNotesAreRefusedNamingTheFieldAndWriteNothing() {
        RegistryFixtures.Vendor vendor = RegistryFixtures.vendor(http, "Strict Labels");
        UUID certification = RegistryFixtures.certifyEverythingYes(http, vendor);
        RegistryFixtures.Organization union = RegistryFixtures.organization(http);
        RegistryFixtures.Organization other = RegistryFixtures.organization(http);
        String path = "/api/registry/vendors/" + vendor.id() + "/certifications/" + certification + "/claims/"
                + MINIMUM_WAGE;

        refused(() -> http.exchange(vendor.account().authorize(HttpRequest.POST(path + "/responses",
                Map.of("body", "x".repeat(2001)))))).hasStatus(400).namesFields("body");
        refused(() -> http.exchange(vendor.account().authorize(HttpRequest.POST(path + "/responses",
                Map.of("body", "   "))))).hasStatus(400).namesFields("body");
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(path + "/notes",
                Map.of("organizationId", other.id().toString(), "body", "Not our organization.")))))
                .hasStatus(400).namesFields("organizationId");
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(path.replace(MINIMUM_WAGE, "no-such-criterion")
                + "/notes", Map.of("organizationId", union.id().toString(), "body", "On nothing."))))).hasStatus(404);
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(path + "/responses",
                Map.of("body", "Organizers do not answer for vendors."))))).hasStatus(403);
        refused(() -> http.exchange(HttpRequest.POST(path + "/notes",
                Map.of("organizationId", union.id().toString(), "body", "Anonymous.")))).hasStatus(401);

        Map<String, Object> claim = claim(certifications(http.retrieve(
                HttpRequest.GET("/api/registry/vendors/" + vendor.id()), MAP)).get(0), MINIMUM_WAGE);
        assertThat(responses(claim)).isEmpty();
        assertThat(notesOf(claim)).isEmpty();
    }

    /**
     * The vendor's registry entry once it holds the expected cell: the background refresher may be holding a worker
     * while the test asks for the pending ones, so it asks again until the rollups have caught up.
     */
    private Map<String, Object> afterRollups(UUID vendorId, java.util.function.Predicate<Map<String, Object>> cell) {
        for (int attempt = 0; attempt < 150; attempt++) {
            rollups.refreshPending();
            Map<String, Object> json = http.retrieve(HttpRequest.GET("/api/registry/vendors/" + vendorId), MAP);
            if (cells(json).stream().anyMatch(cell)) {
                return json;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the rollups never showed the expected cell for " + vendorId);
    }

    private HttpClientResponseException pageError(String path) {
        try {
            http.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError(path + " answered 2xx");
    }

    static List<Map<String, Object>> certifications(Map<String, Object> vendor) {
        return cast(vendor.get("certifications"));
    }

    static List<Map<String, Object>> cells(Map<String, Object> vendor) {
        Map<String, Object> records = cast(vendor.get("records"));
        return cast(records.get("cells"));
    }

    static List<Map<String, Object>> claims(Map<String, Object> certification) {
        return cast(certification.get("claims"));
    }

    static Map<String, Object> claim(Map<String, Object> certification, String criterionId) {
        return claims(certification).stream().filter(c -> criterionId.equals(c.get("criterionId"))).findFirst()
                .orElseThrow();
    }

    static List<Map<String, Object>> findings(Map<String, Object> claim) {
        return cast(claim.get("records"));
    }

    static List<Map<String, Object>> responses(Map<String, Object> claim) {
        return cast(claim.get("responses"));
    }

    static List<Map<String, Object>> notesOf(Map<String, Object> claim) {
        return cast(claim.get("notes"));
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }
}
