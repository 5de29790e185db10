package coop.steward.web;

import coop.steward.support.TestAccounts;
import coop.steward.support.browser.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first load of sign-in and home on a phone that never saw the app is at most 150 KB on the wire, compressed:
 * what the page fetched (Resource Timing's transfer sizes, headers included) plus everything the service worker
 * fetches to keep the app for offline use, counted again even where the page already fetched it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstLoadBudgetTest {

    private static final long BUDGET = 150 * 1024;
    private static final Pattern SHELL_ENTRY = Pattern.compile("'(/[^']*)'");
    private static final Pattern PAGE_ENTRY = Pattern.compile("'([a-z-]+)'");

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
    void signInAndHomeFitInTheBudget() throws Exception {
        String handle = TestAccounts.uniqueHandle("budget");
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/accounts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"handle\":\"" + handle + "\",\"password\":\"" + TestAccounts.PASSWORD
                        + "\",\"locale\":\"en\",\"timeZone\":\"UTC\",\"jurisdiction\":\"US-MO\"}")).build(),
                HttpResponse.BodyHandlers.discarding());

        browser.signIn(handle, TestAccounts.PASSWORD);
        browser.await(By.cssSelector("main a[href='/app/engagements/new']"));
        long page = ((Number) browser.script("""
                const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                return all.reduce((sum, entry) => sum + entry.transferSize, 0);""")).longValue();
        long kept = serviceWorkerShellBytes(http);
        long total = page + kept;
        Path report = Path.of("target/first-load-bytes.txt");
        Files.writeString(report, "page " + page + " B, service worker shell " + kept + " B, total " + total + " B\n");
        assertThat(page).as("bytes the page fetched").isPositive();
        assertThat(total).as("first load of sign-in and home, compressed, in bytes").isLessThanOrEqualTo(BUDGET);
    }

    /** What the service worker's install fetches, as the portal sends it compressed, with its status line and headers. */
    private long serviceWorkerShellBytes(HttpClient http) throws IOException, InterruptedException {
        String worker = Files.readString(Path.of("src/main/resources/public/sw.js"));
        String shell = worker.substring(worker.indexOf("const SHELL"), worker.indexOf("];\n\nself"));
        List<String> paths = new java.util.ArrayList<>();
        Matcher entries = SHELL_ENTRY.matcher(shell.substring(0, shell.indexOf("...[")));
        while (entries.find()) {
            paths.add(entries.group(1));
        }
        Matcher pages = PAGE_ENTRY.matcher(shell.substring(shell.indexOf("...[")));
        while (pages.find()) {
            paths.add("/assets/pages/" + pages.group(1) + ".js");
        }
        long bytes = 0;
        for (String path : paths) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            long headers = "HTTP/1.1 200 OK\r\n".length() + 2;
            for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
                for (String value : header.getValue()) {
                    headers += header.getKey().length() + 2 + value.length() + 2;
                }
            }
            bytes += response.body().length + headers;
        }
        return bytes;
    }
}
