package coop.steward.web;

import coop.steward.support.TestAccounts;
import coop.steward.support.browser.Browser;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every screen at 360×640: axe-core finds nothing serious or critical, and the app speaks Swahili. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreensBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Inject
    EmbeddedServer server;

    Browser browser;
    final Map<String, List<String>> axe = new LinkedHashMap<>();

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(server.getURL().toString());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void check(String screen, String heading) {
        browser.awaitHeading(heading);
        List<String> problems = new ArrayList<>(browser.seriousViolations());
        problems.addAll(smallTargets());
        axe.put(screen, problems);
        browser.screenshot(SCREENSHOTS.resolve(screen + ".png"));
    }

    /** Controls a thumb must hit that are smaller than 24×24 CSS pixels (links inside a sentence are exempt). */
    @SuppressWarnings("unchecked")
    private List<String> smallTargets() {
        return (List<String>) browser.script("""
                return [...document.querySelectorAll('button, input:not([type=hidden]), select, textarea, a.button, #tabs a, .bar a')]
                  .filter((el) => el.offsetParent !== null)
                  .filter((el) => { const r = el.getBoundingClientRect(); return r.width < 24 || r.height < 24; })
                  .map((el) => 'target smaller than 24x24: ' + el.outerHTML.slice(0, 80));""");
    }

    private void open(String path, String screen, String heading) {
        browser.go(path);
        check(screen, heading);
    }

    @Test
    @Order(1)
    void everySignedOutScreenIsAccessible() {
        open("/", "welcome", "Your work, on your record");
        open("/signin", "signin", "Sign in");
        open("/signup", "signup", "Create an account");
        open("/verify", "verify", "Check an evidence pack");
        assertThat(axe).allSatisfy((screen, violations) -> assertThat(violations).as(screen).isEmpty());
    }

    @Test
    @Order(2)
    void everySignedInScreenIsAccessible() {
        browser.go("/signup");
        browser.awaitHeading("Create an account");
        browser.type("handle", TestAccounts.uniqueHandle("screens"));
        browser.type("password", TestAccounts.PASSWORD);
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.await(By.cssSelector("main a[href='/app/engagements/new']"));
        check("timer-first-gig", "Timer");
        open("/app/engagements/new", "gig-form", "Add a gig");
        browser.type("vendorName", "Appen");
        browser.type("agreedRateMinor", "12.50");
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.await(By.cssSelector("[data-action=start]"));
        check("timer-ready", "Timer");
        browser.click(By.cssSelector("[data-action=start]"));
        browser.await(By.cssSelector("[data-action=stop]"));
        check("timer-running", "Timer");
        browser.click(By.cssSelector("[data-action=stop]"));
        browser.await(By.cssSelector("[data-action=save-session]"));
        check("timer-stop", "Timer");
        browser.click(By.cssSelector("[data-action=save-session]"));
        browser.awaitHeading("Records");
        check("records", "Records");
        open("/app/sessions/new", "session-form", "Add a session by hand");
        open("/app/payments/new", "payment-form", "Add a payment");
        open("/app/grievances/new", "grievance-form", "Record a grievance");
        open("/app/earnings", "earnings", "What am I really earning?");
        open("/app/pack", "pack", "Evidence pack");
        open("/app/outbox", "outbox", "Waiting to send");
        open("/app/more", "more", "More");
        open("/app/settings", "settings", "Settings");
        browser.go("/app/records");
        browser.click(By.cssSelector("[data-list=sessions] a"));
        check("record", "Session");
        assertThat(axe).allSatisfy((screen, violations) -> assertThat(violations).as(screen).isEmpty());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void theWorkerSwitchesTheAppToSwahili() {
        browser.go("/app/settings");
        browser.awaitHeading("Settings");
        browser.click(By.cssSelector("main button[lang=sw]"));
        browser.awaitHeading("Mipangilio");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("sw");
        browser.go("/app/earnings");
        check("earnings-sw", "Ninapata kiasi gani kwa kweli?");
        assertThat(browser.text("#tabs")).contains("Saa").contains("Kumbukumbu").contains("Mapato");
        browser.go("/app");
        browser.awaitHeading("Saa");
        assertThat(browser.text("[data-action=start]")).isEqualTo("Anza kazi");
        assertThat(axe.get("earnings-sw")).isEmpty();
    }
}
