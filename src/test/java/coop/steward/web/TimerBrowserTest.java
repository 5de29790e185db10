package coop.steward.web;

import coop.steward.support.browser.Browser;
import coop.steward.support.TestAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimerBrowserTest {

    @Inject
    EmbeddedServer server;

    Browser browser;

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

    @Test
    void aNewWorkerTimesAShiftWithUnpaidWaitingAndSeesTheSplit() {
        browser.go("/");
        browser.click(By.cssSelector("a[href='/signup']"));
        browser.awaitHeading("Create an account");
        String handle = TestAccounts.uniqueHandle("timer");
        browser.type("handle", handle);
        browser.type("password", TestAccounts.PASSWORD);
        browser.screenshot(Path.of("target/screenshots/signup.png"));
        assertThat(browser.field("timeZone").getAttribute("value")).isNotBlank();
        browser.click(By.cssSelector("main button[type=submit]"));

        browser.click(By.cssSelector("main a[href='/app/engagements/new']"));
        browser.awaitHeading("Add a gig");
        browser.type("vendorName", "Remotasks");
        browser.type("agreedRateMinor", "15.00");
        browser.click(By.cssSelector("main button[type=submit]"));

        browser.click(By.cssSelector("[data-action=start]"));
        browser.click(By.cssSelector("[data-kind=WAITING_FOR_TASKS]"));
        browser.await(By.cssSelector("[data-kind=WAITING_FOR_TASKS][aria-pressed=true]"));
        // Ninety minutes ago the timer started on paid work; thirty minutes ago the worker switched to waiting.
        browser.script("""
                const key = Object.keys(localStorage).find((k) => k.startsWith('steward.timer.'));
                const timer = JSON.parse(localStorage.getItem(key));
                const now = Date.now();
                timer.startedAt = now - 90 * 60000;
                timer.segments[0].at = timer.startedAt;
                timer.segments[1].at = now - 30 * 60000;
                localStorage.setItem(key, JSON.stringify(timer));""");
        browser.driver().navigate().refresh();
        browser.await(By.cssSelector("[data-kind=WAITING_FOR_TASKS][aria-pressed=true]"));
        browser.screenshot(Path.of("target/screenshots/timer.png"));
        browser.click(By.cssSelector("[data-action=stop]"));
        browser.type("tasksDone", "12");
        browser.click(By.cssSelector("[data-action=save-session]"));

        browser.awaitHeading("Records");
        String split = browser.await(By.cssSelector("[data-list=sessions] [data-split]")).getText();
        assertThat(split).contains("paid 1.0 h").contains("Waiting for tasks 0.5 h");
        browser.until(d -> "0".equals(d.findElement(By.cssSelector(".pending")).getAttribute("data-pending")));
        assertThat(browser.consoleErrors()).as("nothing refused by the CSP, no script error").isEmpty();
    }
}
