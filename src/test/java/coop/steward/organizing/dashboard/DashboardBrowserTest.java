package coop.steward.organizing.dashboard;

import coop.steward.organizing.dashboard.Members.Org;
import coop.steward.organizing.rollup.Rollups;
import coop.steward.support.browser.Browser;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The organizer's dashboard on a laptop, in headless Chromium under axe: figures, a suppressed cell, charts, CSV. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    static final Path SCREENSHOT = Path.of("docs/screenshots/organizer-dashboard.png");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Rollups rollups;

    BlockingHttpClient http;
    Browser browser;
    Org union;

    @BeforeAll
    void setUp() {
        http = client.toBlocking();
        union = Members.union(http, "Kansas City Data Workers Union");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 6; i++) {
            Members.join(http, Members.worker(http, "Hive Micro " + suffix, "US-MO", 4 + i % 3, 150 + 10 * i, 30 + 5 * i)
                    .account(), union, true);
        }
        rollups.refreshPending();
        browser = Browser.open(server.getURL().toString());
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 1600, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theOrganizerReadsTheDashboardWithASuppressedCellAChartAndDownloadsTheCsv() throws IOException {
        browser.signIn(union.organizer().handle(), union.organizer().password());
        browser.awaitHeading("Your organizations");

        String dashboard = "[data-dashboard='" + union.id() + "']";
        String window = dashboard + " table[data-period=window]";
        browser.await(By.cssSelector(window));
        String total = browser.until(d -> d.findElement(By.cssSelector(window + " tr[data-row=total]")).getText());
        assertThat(total).contains("All counted workers").contains("6").containsPattern("\\$\\d+\\.\\d\\d");
        // The months nobody worked are cells of fewer than five workers, shown as such.
        String suppressed = (String) browser.script("return document.querySelector(arguments[0]).textContent;",
                dashboard + " [data-suppressed]");
        assertThat(suppressed).isEqualTo("Not shown: fewer than 5 workers");
        String chart = (String) browser.script("return document.querySelector(arguments[0]).textContent;",
                dashboard + " [data-chart=hours] svg title");
        assertThat(chart).isEqualTo("Hours paid and unpaid by month");
        String published = (String) browser.script("return document.querySelector(arguments[0]).textContent;",
                dashboard + " [data-published]");
        assertThat(published).as("when the figures shown were released").startsWith("Published ").containsPattern("\\d");
        assertThat(browser.driver().findElements(By.cssSelector(dashboard + " [data-chart=hours] svg rect.paid"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(dashboard + " [data-chart=pay] svg path.series"))).isNotEmpty();
        assertThat(browser.seriousViolations()).isEmpty();
        Files.createDirectories(SCREENSHOT.getParent());
        browser.screenshot(SCREENSHOT);

        browser.click(By.cssSelector(dashboard + " [data-action=csv]"));
        String text = browser.until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads())) {
                Path csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
                String read = csv == null ? "" : Files.readString(csv, StandardCharsets.UTF_8);
                return read.contains("\n") ? read : null;
            } catch (IOException e) {
                return null;
            }
        });
        assertThat(text).startsWith("dimension,coordinate,label,period,status,why").contains("fewer than 5 workers");

        // The dimension tabs sit beside the panel they control, not inside it.
        browser.click(By.cssSelector("[role=tab][aria-controls='"
                + browser.driver().findElement(By.cssSelector(dashboard)).getAttribute("id") + "'][data-dimension=jurisdiction]"));
        browser.until(d -> d.findElement(By.cssSelector(window + " tr[data-row='US-MO']")).getText());
        assertThat(browser.seriousViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
