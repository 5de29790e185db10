package coop.steward.organizing.campaign;

import coop.steward.organizing.campaign.CampaignFixtures.Union;
import coop.steward.support.SignedIn;
import coop.steward.support.browser.Browser;
import io.micronaut.context.annotation.Property;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.organizing.campaign.CampaignFixtures.LIST;
import static coop.steward.organizing.campaign.CampaignFixtures.MAP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign in headless Chromium: the organizer drafts and opens it on a laptop, two workers co-sign on their
 * phones (one named, one counted), and once the count reaches k the organizer delivers the signed letter.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "CampaignBrowserTest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String NAME = "Grace Achieng";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    Browser browser;
    Union union;
    String vendorName;
    SignedIn named;
    SignedIn counted;
    String campaignId;

    @BeforeAll
    void setUp() {
        http = client.toBlocking();
        union = CampaignFixtures.nairobiModeratorsUnion(http);
        UUID vendor = CampaignFixtures.vendor(http);
        vendorName = (String) http.retrieve(HttpRequest.GET("/api/vendors/" + vendor), MAP).get("name");
        named = CampaignFixtures.member(http, union);
        counted = CampaignFixtures.member(http, union);
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
    void theOrganizerDraftsTheCampaignFromTheFindingsAndOpensIt() {
        laptop();
        signIn(union.organizer(), "Your organizations");
        browser.click(By.cssSelector("[data-campaigns] details summary"));
        browser.driver().findElement(By.cssSelector("[data-form=campaign] select[name=vendorId]"))
                .findElement(By.xpath(".//option[normalize-space(.)='" + vendorName + "']")).click();
        browser.type("title", "Pay every hour of reading instructions");
        browser.click(By.cssSelector("[data-action=prefill]"));
        browser.until(d -> String.valueOf(browser.script("return document.querySelector('[name=letter]').value"))
                .contains("Fair pay"));
        browser.click(By.cssSelector("[data-action=create]"));
        browser.await(By.cssSelector("[data-campaign] [data-action=open]"));
        assertThat(browser.seriousViolations()).isEmpty();
        browser.click(By.cssSelector("[data-campaign] [data-action=open]"));
        browser.await(By.cssSelector("[data-campaign] [data-action=deliver]"));
        List<Map<String, Object>> campaigns = http.retrieve(union.organizer().authorize(
                HttpRequest.GET(union.campaigns())), LIST);
        assertThat(campaigns).singleElement().satisfies(c -> assertThat(c).containsEntry("state", "OPEN"));
        campaignId = (String) campaigns.get(0).get("id");
        signOut();
    }

    @Test
    @Order(2)
    void twoWorkersCoSignOnTheirPhonesOneNamedOneCounted() {
        campaignScriptErrors();
        phone();
        signIn(named, "Timer");
        browser.go("/app/campaigns");
        browser.awaitHeading("Campaigns");
        assertThat(browser.text("[data-campaign='" + campaignId + "']")).contains("Fewer than 5 signed so far");
        browser.click(By.cssSelector("[data-campaign='" + campaignId + "'] a"));
        browser.awaitHeading("Pay every hour of reading instructions");
        assertThat(browser.text("main")).contains("Signing needs a connection");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.type("printedName", NAME);
        browser.click(By.cssSelector("[data-action=sign-named]"));
        browser.until(d -> browser.text("[data-mine]").contains(NAME));
        browser.screenshot(SCREENSHOTS.resolve("campaign-phone.png"));
        signOut();

        signIn(counted, "Timer");
        browser.go("/app/campaigns/" + campaignId);
        browser.awaitHeading("Pay every hour of reading instructions");
        browser.click(By.cssSelector("[data-action=sign-counted]"));
        browser.until(d -> browser.text("[data-mine]").contains("without your name"));
        assertThat(browser.text("[data-count]")).isEqualTo("Fewer than 5 signed so far");
        assertThat(browser.seriousViolations()).isEmpty();
        assertThat(browser.consoleErrors()).as("the phone's campaign pages").isEmpty();
        signOut();
    }

    @Test
    @Order(3)
    void onceTheCountReachesKTheOrganizerDeliversTheSignedLetter() {
        for (int i = 0; i < 3; i++) {
            SignedIn member = CampaignFixtures.member(http, union);
            http.exchange(member.authorize(HttpRequest.PUT("/api/me/campaigns/" + campaignId + "/signature",
                    Map.of("named", false))));
        }
        laptop();
        signIn(union.organizer(), "Your organizations");
        By card = By.cssSelector("[data-campaign='" + campaignId + "']");
        browser.until(d -> browser.text("[data-campaign='" + campaignId + "'] [data-count]").startsWith("5 signed"));
        assertThat(browser.text("[data-campaign='" + campaignId + "'] [data-named]")).contains(NAME);
        browser.click(By.cssSelector("[data-campaign='" + campaignId + "'] [data-action=deliver]"));
        browser.await(By.cssSelector("[data-campaign='" + campaignId + "'] [data-action=letter]"));
        assertThat(browser.driver().findElement(card).getText()).contains("Delivered", "with 5 signatures");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("campaign-organizer.png"));
        Map<String, Object> campaign = http.retrieve(union.organizer().authorize(
                HttpRequest.GET(union.campaigns() + "/" + campaignId)), MAP);
        assertThat(campaign).containsEntry("state", "DELIVERED");
        assertThat(campaignScriptErrors()).isEmpty();
        signOut();
    }

    /**
     * What the campaign scripts logged as errors since the last call. The organizer's page also draws the dashboard
     * section, whose own errors are the dashboard tests' to catch.
     */
    private List<String> campaignScriptErrors() {
        return browser.consoleErrors().stream().filter(message -> !message.contains("/assets/pages/dashboard.js")).toList();
    }

    private void laptop() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    private void phone() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 1, "mobile", true));
    }

    private void signIn(SignedIn account, String home) {
        browser.signIn(account.handle(), account.password());
        browser.awaitHeading(home);
    }

    private void signOut() {
        browser.go("/app/settings");
        browser.awaitHeading("Settings");
        browser.click(By.cssSelector("[data-action=sign-out]"));
        browser.await(By.cssSelector("a[href='/signin']"));
    }
}
