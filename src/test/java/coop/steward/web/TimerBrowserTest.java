package coop.steward.web;

import coop.steward.support.browser.Browser;
import coop.steward.support.TestAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimerBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    Browser browser;
    String handle;

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
    @Order(1)
    void aNewWorkerTimesAShiftWithUnpaidWaitingAndSeesTheSplit() {
        browser.go("/");
        browser.click(By.cssSelector("a[href='/signup']"));
        browser.awaitHeading("Create an account");
        handle = TestAccounts.uniqueHandle("timer");
        browser.type("handle", handle);
        browser.type("password", TestAccounts.PASSWORD);
        browser.screenshot(Path.of("target/screenshots/signup.png"));
        assertThat(browser.field("timeZone").getAttribute("value")).isNotBlank();
        browser.click(By.cssSelector("main button[type=submit]"));

        browser.click(By.cssSelector("main a[href='/app/engagements/new']"));
        browser.awaitHeading("Add a gig");
        browser.type("vendorName", "Remotasks");
        browser.type("agreedRateMinor", "15.00");
        // The wage areas offered follow the jurisdiction chosen; a Kansas City worker names the metro area.
        new Select(browser.field("jurisdiction")).selectByValue("US-TX");
        assertThat(new Select(browser.field("wageArea")).getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactly("", "austin-tx");
        new Select(browser.field("jurisdiction")).selectByValue("US-MO");
        new Select(browser.field("wageArea")).selectByValue("kansas-city-mo-ks");
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
        String split = browser.text("[data-list=sessions] [data-split]");
        assertThat(split).contains("paid 1.0 h").contains("Waiting for tasks 0.5 h");
        browser.awaitPending(0);
        assertThat(browser.consoleErrors()).as("nothing refused by the CSP, no script error").isEmpty();
    }

    @Test
    @Order(2)
    void aCorrectionMadeOnAStaleCopyIsShownWithBothVersionsAndKeptUntilTheWorkerChooses() {
        BlockingHttpClient http = client.toBlocking();
        String access = (String) http.retrieve(HttpRequest.POST("/login", Map.of("username", handle, "password",
                TestAccounts.PASSWORD)), Argument.mapOf(String.class, Object.class)).get("access_token");
        Map<String, Object> session = http.retrieve(HttpRequest.GET("/api/sessions").bearerAuth(access),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        String path = "/api/sessions/" + session.get("id");

        browser.go("/app/sessions/new?edit=" + session.get("id"));
        browser.awaitHeading("Add a session by hand");
        Map<String, Object> elsewhere = new HashMap<>(session);
        elsewhere.keySet().removeAll(List.of("id", "revision", "recordedAt", "recordedLate"));
        elsewhere.put("note", "corrected on the laptop");
        http.exchange(HttpRequest.PUT(path, elsewhere).bearerAuth(access).header("If-Match", "\"1\""));

        browser.type("tasksDone", "15");
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.click(By.cssSelector("main .error-box a[href='/app/outbox']"));
        browser.awaitHeading("Waiting to send");
        assertThat(browser.text("[data-state=conflict]"))
                .contains("Your version").contains("Stored version").contains("corrected on the laptop");
        browser.awaitPending(1);

        browser.click(By.cssSelector("[data-state=conflict] button"));
        browser.awaitPending(0);
        Map<String, Object> stored = http.retrieve(HttpRequest.GET(path).bearerAuth(access), Argument.mapOf(String.class, Object.class));
        assertThat(stored).containsEntry("tasksDone", 15).containsEntry("revision", 3);
    }
}
