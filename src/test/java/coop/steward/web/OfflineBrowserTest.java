package coop.steward.web;

import coop.steward.support.TestAccounts;
import coop.steward.support.browser.Browser;
import coop.steward.support.browser.CuttableProxy;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone loses its network: the portal becomes unreachable (a relay the test cuts) and the browser says it is
 * offline. What the worker logs waits on the phone, survives a reload, and reaches the portal exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    CuttableProxy proxy;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        proxy = new CuttableProxy(server.getPort());
        browser = Browser.open(proxy.url());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    private void offline(boolean offline) {
        if (offline) {
            proxy.cut();
        } else {
            proxy.restore();
        }
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private void setValue(String name, String value) {
        browser.script("const el = document.querySelector(\"main [name='\" + arguments[0] + \"']\");"
                + "el.value = arguments[1]; el.dispatchEvent(new Event('input', {bubbles: true}));", name, value);
    }

    private void logSession(String day, String from, String until) {
        browser.click(By.cssSelector("#tabs a[href='/app/records']"));
        browser.awaitHeading("Records");
        browser.click(By.cssSelector("main a[href='/app/sessions/new']"));
        browser.awaitHeading("Add a session by hand");
        setValue("startedAt", day);
        setValue("from", from);
        setValue("endedAt", until);
        browser.type("unpaidMinutes[WAITING_FOR_TASKS]", "15");
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.awaitHeading("Records");
    }

    @Test
    void threeSessionsAndAPaymentLoggedOfflineArriveExactlyOnceWhenTheNetworkReturns() {
        String handle = TestAccounts.uniqueHandle("offline");
        browser.go("/signup");
        browser.awaitHeading("Create an account");
        browser.type("handle", handle);
        browser.type("password", TestAccounts.PASSWORD);
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.click(By.cssSelector("main a[href='/app/engagements/new']"));
        browser.awaitHeading("Add a gig");
        browser.type("vendorName", "Sama");
        browser.type("agreedRateMinor", "2.00");
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.await(By.cssSelector("[data-action=start]"));
        assertThat(browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(() => caches.has('steward-shell')).then(done);")).isEqualTo(true);

        offline(true);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        logSession(yesterday, "08:00", "10:00");
        logSession(yesterday, "11:00", "13:00");
        logSession(yesterday, "14:00", "16:30");
        browser.click(By.cssSelector("main a[href='/app/payments/new']"));
        browser.awaitHeading("Add a payment");
        browser.type("grossMinor", "100.00");
        browser.type("platformFeesMinor", "5.00");
        browser.type("transferFeesMinor", "1.50");
        assertThat(browser.text("[data-net]")).isEqualTo("$93.50");
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.awaitHeading("Records");
        browser.awaitPending(4);

        browser.driver().navigate().refresh();
        browser.awaitHeading("Records");
        browser.awaitPending(4);
        browser.await(By.cssSelector("[data-list=sessions]"));
        assertThat(browser.script("return document.querySelectorAll('[data-list=sessions] li').length")).isEqualTo(3L);

        offline(false);
        browser.awaitPending(0);

        BlockingHttpClient http = client.toBlocking();
        String access = (String) http.retrieve(HttpRequest.POST("/login", Map.of("username", handle, "password",
                TestAccounts.PASSWORD)), Argument.mapOf(String.class, Object.class)).get("access_token");
        List<Map<String, Object>> sessions = http.retrieve(HttpRequest.GET("/api/sessions").bearerAuth(access),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        List<Map<String, Object>> payments = http.retrieve(HttpRequest.GET("/api/payments").bearerAuth(access),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(sessions).hasSize(3);
        assertThat(sessions).extracting(s -> s.get("paidMinutes")).containsExactlyInAnyOrder(105, 105, 135);
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0)).containsEntry("netMinor", 9350);
    }
}
