package coop.steward.vendor.certification;

import coop.steward.common.digest.Sha256;
import coop.steward.support.TestAccounts;
import coop.steward.support.browser.Browser;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor's questionnaire on a laptop, in headless Chromium under axe: a vendor like the demo's answers the Fairwork
 * questionnaire with an evidence document, sees what is missing, attests with the checkbox and downloads the
 * certificate.
 */
@MicronautTest(transactional = false)
class QuestionnaireBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Certifications certifications;

    BlockingHttpClient http;
    Browser browser;
    VendorFixtures.VendorAccount vendor;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        vendor = VendorFixtures.labelingAgency(http, "Invisible Technologies");
        browser = Browser.open(server.getURL().toString());
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theVendorAnswersTheFairworkQuestionnaireAttestsAndDownloadsTheCertificate() throws IOException {
        browser.signIn(vendor.account().handle(), TestAccounts.PASSWORD);
        browser.awaitHeading("Self-certification");
        assertThat(browser.text("main")).contains(vendor.vendorName());
        assertThat(browser.seriousViolations()).isEmpty();

        browser.script("document.querySelector('main select[name=guidelineId]').value = arguments[0];", VendorFixtures.FAIRWORK);
        browser.click(By.cssSelector("[data-action=start]"));
        browser.awaitHeading("Fairwork Cloudwork Principles (2024 thresholds)");
        assertThat(browser.await(By.cssSelector("[data-missing]")).getAttribute("data-missing")).isEqualTo("13");
        assertThat(browser.seriousViolations()).isEmpty();

        List<String> criteria = browser.driver().findElements(By.cssSelector("[data-criterion]")).stream()
                .map(card -> card.getAttribute("data-criterion")).toList();
        assertThat(criteria).hasSize(13).contains("minimum-wage-after-costs");
        for (String criterion : criteria) {
            String card = "[data-criterion='" + criterion + "'] ";
            String answer = criterion.equals("democratic-governance") ? "NO" : criterion.equals("worker-voice") ? "PARTLY" : "YES";
            browser.click(By.cssSelector(card + "input[name=answer][value=" + answer + "]"));
            WebElement explanation = browser.await(By.cssSelector(card + "textarea[name=explanation]"));
            explanation.sendKeys("Our written policy covers this (" + criterion + "); operations reviews it every quarter.");
            browser.click(By.cssSelector(card + "[data-action=save]"));
            browser.until(d -> "true".equals(d.findElement(By.cssSelector("[data-criterion='" + criterion + "']"))
                    .getAttribute("data-complete")));
        }

        Path policy = Files.createTempFile("minimum-pay-policy", ".pdf");
        Files.write(policy, VendorFixtures.policyPdf("Every hour, paid or not, is paid at least the local minimum wage."));
        String wage = "[data-criterion='minimum-wage-after-costs'] ";
        browser.await(By.cssSelector(wage + "input[type=file]")).sendKeys(policy.toString());
        browser.click(By.cssSelector(wage + "[data-action=upload]"));
        browser.until(d -> !d.findElements(By.cssSelector(wage + "[data-evidence]")).isEmpty());
        assertThat(browser.text(wage + "[data-list=evidence]")).contains(policy.getFileName().toString());
        assertThat(browser.await(By.cssSelector("[data-missing]")).getAttribute("data-missing")).isEqualTo("0");
        Files.delete(policy);
        browser.script("document.querySelector(arguments[0]).scrollIntoView()", wage);
        browser.screenshot(SCREENSHOTS.resolve("vendor-questionnaire.png"));

        browser.type("name", "Maya Okafor");
        browser.type("title", "Chief Operating Officer");
        browser.click(By.cssSelector("main input[name=confirmed]"));
        assertThat(browser.seriousViolations()).isEmpty();
        browser.click(By.cssSelector("[data-action=attest]"));
        browser.await(By.cssSelector("[data-attested]"));
        assertThat(browser.text("[data-attested]")).contains("Maya Okafor", "Chief Operating Officer");
        assertThat(browser.driver().findElements(By.cssSelector("[data-action=save]"))).isEmpty();
        assertThat(browser.seriousViolations()).isEmpty();
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot(SCREENSHOTS.resolve("vendor-certificate.png"));

        browser.click(By.cssSelector("[data-action=certificate]"));
        Path pdf = browser.until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads())) {
                return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        PublishedCertification published = certifications.published(vendor.vendorId()).get(0);
        browser.until(d -> {
            try {
                return Sha256.hex(Files.readAllBytes(pdf)).equals(published.certificateSha256());
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(published.answers()).filteredOn(a -> a.criterionId().equals("democratic-governance"))
                .extracting(PublishedAnswer::answer).containsExactly(Answer.NO);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
