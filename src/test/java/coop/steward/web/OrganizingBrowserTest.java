package coop.steward.web;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import coop.steward.support.browser.Browser;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's organizing screen on the phone and the organizer's and admin's pages, in headless Chromium, under axe. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganizingBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    Browser browser;
    SignedIn worker;
    SignedIn organizer;
    UUID organization;
    UUID grievance;
    String code;
    String typedVendor;

    @BeforeAll
    void setUp() {
        http = client.toBlocking();
        organizer = TestAccounts.withRole(http, "ORGANIZER");
        Map<String, Object> org = http.retrieve(TestAccounts.admin(http).authorize(HttpRequest.POST(
                "/api/admin/organizations", Map.of("name", "KC Data Workers " + UUID.randomUUID().toString().substring(0, 6),
                        "kind", "UNION", "country", "US", "description", "Kansas City labelers and trainers.",
                        "organizerHandle", organizer.handle()))), MAP);
        organization = UUID.fromString((String) org.get("id"));
        code = (String) http.retrieve(organizer.authorize(HttpRequest.POST(
                "/api/organizations/" + organization + "/invitations", Map.of("maxUses", 5))), MAP).get("code");
        worker = TestAccounts.kansasCityWorker(http);
        typedVendor = "Hive Micro " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        gig.put("vendorName", typedVendor);
        UUID gigId = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + gigId, gig)));
        grievance = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("category", "UNPAID_WORK");
        body.put("narrative", "Three hours of qualification tests were never paid.");
        body.put("happenedOn", "2026-10-02");
        body.put("engagementId", gigId.toString());
        body.put("status", "OPEN");
        http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + grievance, body)));
        browser = Browser.open(server.getURL().toString());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aWorkerJoinsByCodeTurnsOnBothConsentsAndSharesAGrievance() {
        signIn(worker.handle(), worker.password(), "Timer");
        browser.go("/app/organizations");
        browser.awaitHeading("Organizations");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.type("code", code.toLowerCase());
        browser.click(By.cssSelector("[data-action=join]"));
        browser.await(By.cssSelector("input[data-consent=AGGREGATE]"));
        browser.click(By.cssSelector("input[data-consent=AGGREGATE]"));
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "const c = document.querySelector('input[data-consent=AGGREGATE]'); return c && c.checked && !c.disabled;")));
        browser.click(By.cssSelector("input[data-consent=CASEWORK]"));
        browser.await(By.cssSelector("[data-action=share]"));
        browser.click(By.cssSelector("[data-action=share]"));
        browser.await(By.cssSelector("[data-action=unshare]"));
        browser.screenshot(SCREENSHOTS.resolve("organizations.png"));

        assertThat(browser.seriousViolations()).isEmpty();
        Map<String, Object> membership = http.retrieve(worker.authorize(
                HttpRequest.GET("/api/me/memberships/" + organization)), MAP);
        assertThat(membership).containsEntry("aggregateConsent", true).containsEntry("caseworkConsent", true);
        assertThat(browser.await(By.cssSelector("[data-list=history]")).getText()).contains("figures: allowed");
        signOut();
    }

    @Test
    @Order(2)
    void theOrganizerSeesTheCountsAndTheSharedGrievanceAddsANoteAndEscalates() {
        signIn(organizer.handle(), organizer.password(), "Your organizations");
        By sharedCase = By.cssSelector("[data-case='" + grievance + "']");
        browser.await(sharedCase);
        String sharedCaseText = browser.until(d -> d.findElement(sharedCase).getText());
        assertThat(sharedCaseText).contains(worker.handle(), "Three hours of qualification tests");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.type("body", "We are raising unpaid tests with the vendor on Friday.");
        browser.click(By.cssSelector("[data-action=note]"));
        browser.until(d -> browser.driver().findElement(By.cssSelector("[data-case='" + grievance + "']")).getText()
                .contains("raising unpaid tests"));
        browser.click(By.cssSelector("[data-action=escalate]"));
        browser.await(By.cssSelector("[data-case='" + grievance + "'] .tag"));
        browser.screenshot(SCREENSHOTS.resolve("organizer.png"));

        Map<String, Object> share = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + grievance + "/share")), MAP);
        assertThat(share.get("escalatedAt")).isNotNull();
        assertThat((List<?>) share.get("notes")).hasSize(1);
        assertThat(browser.seriousViolations()).isEmpty();
        browser.type("maxUses", "3");
        browser.click(By.cssSelector("[data-action=invite]"));
        assertThat(browser.await(By.cssSelector("[data-code]")).getText()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        signOut();
    }

    @Test
    @Order(3)
    void theAdminRejectsATypedNameFromTheQueue() {
        signIn(TestAccounts.ADMIN_HANDLE, TestAccounts.ADMIN_PASSWORD, "Administration");
        By queued = By.cssSelector("[data-queued='" + typedVendor + "']");
        assertThat(browser.await(queued).getText()).contains("1 workers").doesNotContain(worker.handle());
        assertThat(browser.seriousViolations()).isEmpty();
        browser.click(By.cssSelector("[data-queued='" + typedVendor + "'] [data-action=reject]"));
        browser.until(d -> d.findElements(queued).isEmpty());
        browser.screenshot(SCREENSHOTS.resolve("admin.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void signIn(String handle, String password, String home) {
        browser.signIn(handle, password);
        browser.awaitHeading(home);
    }

    private void signOut() {
        browser.go("/app/settings");
        browser.awaitHeading("Settings");
        browser.click(By.cssSelector("[data-action=sign-out]"));
        browser.await(By.cssSelector("a[href='/signin']"));
    }
}
