package coop.steward.vendor.publicregistry;

import coop.steward.organizing.rollup.Rollups;
import coop.steward.support.TestAccounts;
import coop.steward.support.browser.Browser;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public registry in a real Chromium: read with JavaScript turned off (the page is whole without it), checked
 * by axe-core in a second load with scripts on, and the vendor's own page in the web app.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Rollups rollups;

    BlockingHttpClient http;
    RegistryFixtures.Vendor vendor;

    @BeforeAll
    void contestedVendor() {
        http = client.toBlocking();
        vendor = RegistryFixtures.vendor(http, "Meridian Labeling");
        RegistryFixtures.certifyEverythingYes(http, vendor);
        RegistryFixtures.Organization union = RegistryFixtures.organization(http);
        for (int i = 0; i < 6; i++) {
            RegistryFixtures.underpaidWorker(http, union, vendor, "Forty dollars for a full day");
        }
        rollups.refreshPending();
    }

    @Test
    void aReaderWithoutJavaScriptFindsTheVendorItsContestedClaimAndTheFigures() {
        try (Browser browser = Browser.openWithoutJavaScript(server.getURL().toString())) {
            browser.go("/");
            assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
                    .as("the app shell needs scripts, so with them off it never draws").isEqualTo("Steward");

            browser.go("/registry");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Vendor registry");
            browser.driver().findElement(By.cssSelector("a[data-vendor='" + vendor.id() + "']")).click();

            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(vendor.name());
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            WebElement claim = browser.driver().findElement(By.cssSelector(
                    "article[data-criterion='" + RegistryFixtures.MINIMUM_WAGE + "']"));
            assertThat(claim.getAttribute("data-contested")).isEqualTo("true");
            assertThat(claim.findElement(By.cssSelector(".tag.contested")).getText()).isEqualTo("Contested");
            assertThat(claim.findElements(By.cssSelector("table.findings th[scope=col]"))).extracting(WebElement::getText)
                    .containsExactly("Where", "Records show", "Threshold", "Finding");
            assertThat(claim.findElement(By.cssSelector("td[data-status=BREACHED]")).getText()).startsWith("Breached");
            List<String> columns = browser.driver().findElements(By.cssSelector("table.figures thead th"))
                    .stream().map(WebElement::getText).toList();
            assertThat(columns).contains("All jurisdictions", "US-MO");

            browser.driver().findElement(By.linkText("Français")).click();
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
            assertThat(browser.driver().findElement(By.cssSelector(".tag.contested")).getText()).isEqualTo("Contesté");
        }
    }

    @Test
    void theRegistryPagesHaveNoSeriousAccessibilityViolations() {
        try (Browser browser = Browser.open(server.getURL().toString())) {
            browser.go("/registry");
            browser.await(By.tagName("h1"));
            assertThat(browser.seriousViolations()).isEmpty();
            browser.go("/registry/" + vendor.id());
            browser.await(By.cssSelector("article[data-contested=true]"));
            assertThat(browser.seriousViolations()).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theVendorSeesItsContestedClaimInTheAppAndPublishesAResponse() {
        try (Browser browser = Browser.open(server.getURL().toString())) {
            browser.signIn(vendor.account().handle(), TestAccounts.PASSWORD);
            // A vendor lands on its questionnaire, which links to its registry figures.
            browser.awaitHeading("Self-certification");
            browser.click(By.cssSelector("main a[data-link=figures]"));
            browser.awaitHeading("Your registry figures");
            browser.await(By.cssSelector("[data-claim='" + RegistryFixtures.MINIMUM_WAGE + "']"));
            assertThat(browser.text("[data-table=figures]")).contains("US-MO");
            assertThat(browser.seriousViolations()).isEmpty();
            String words = "Every Missouri contractor is paid at least USD 15.00 from January " + UUID.randomUUID();
            browser.type("body", words);
            browser.click(By.cssSelector("[data-action=respond]"));
            browser.await(By.cssSelector("[role=status]"));
            browser.go("/registry/" + vendor.id());
            assertThat(browser.text("article[data-contested=true] .response")).contains(words);
        }
    }
}
