package coop.steward.support.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium at phone size (360×640), driven through its own chromedriver so Selenium never
 * downloads a driver or a browser. Where Chromium is not installed, a test using it is skipped; CI installs it.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final String base;

    private Browser(String base, List<String> extraArguments, Map<String, Object> extraPrefs) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("steward-chromium-");
            downloads = Files.createTempDirectory("steward-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=360,640", "--lang=en-US", "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        Map<String, Object> prefs = new java.util.HashMap<>(extraPrefs);
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(360, 640));
        // The viewport itself, not the window around it, is a small phone's 360×640 CSS pixels.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 1, "mobile", true));
    }

    /** A browser for the portal at this base address, or a skipped test where Chromium is not installed. */
    public static Browser open(String base, String... extraArguments) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        return new Browser(base, List.of(extraArguments), Map.of());
    }

    /**
     * A browser that runs no script at all, as a reader who turned JavaScript off: for pages that must work without
     * it. Only WebDriver's own commands work in it; {@link #script} and axe do not.
     */
    public static Browser openWithoutJavaScript(String base) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        return new Browser(base, List.of(), Map.of("profile.managed_default_content_settings.javascript", 2));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public WebElement await(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for the condition; when it never comes, keeps a screenshot of the screen as it stood. An element the app
     * re-rendered while the condition read it is looked up again, not a failure.
     */
    public <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            screenshot(Path.of("target/screenshots/failed-wait.png"));
            throw new TimeoutException(e.getMessage() + "\nThe screen said: "
                    + script("return document.body.innerText"), e);
        }
    }

    public WebElement field(String name) {
        return await(By.cssSelector("main [name='" + name + "']"));
    }

    /** Signs in on the sign-in page as a person would: the handle, the password, the button. */
    public void signIn(String handle, String password) {
        go("/signin");
        awaitHeading("Sign in");
        type("username", handle);
        type("password", password);
        click(By.cssSelector("main button[type=submit]"));
    }

    public void type(String name, String text) {
        WebElement input = field(name);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks as a thumb would: with the element scrolled to the middle, clear of the fixed tab bar. */
    public void click(By by) {
        until(d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                if (element == null) {
                    return false;
                }
                script("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** The visible text of the first element matching the selector, once there, read in one step (no stale element). */
    public String text(String selector) {
        return until(d -> (String) script("const el = document.querySelector(arguments[0]); return el ? el.innerText : null;",
                selector));
    }

    /** How many entries the header says wait in the outbox, read in one step so a redrawn header cannot go stale. */
    public int pending() {
        Object count = script("const el = document.querySelector('.bar .pending'); return el ? el.dataset.pending : '-1';");
        return Integer.parseInt(String.valueOf(count));
    }

    /** Waits until the header says this many entries wait. */
    public void awaitPending(int count) {
        until(d -> pending() == count);
    }

    /** Waits until the page's heading says this, which the router sets when a screen is drawn. */
    public void awaitHeading(String text) {
        until(d -> text.equals(script("const h = document.querySelector('main h1'); return h && h.textContent;")));
    }

    /** The serious and critical accessibility violations axe-core finds on the screen as it stands. */
    public List<String> seriousViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page logged as errors since the last call: a refused script or style under the CSP shows here. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    public Path downloads() {
        return downloads;
    }

    @Override
    public void close() {
        driver.quit();
        delete(profile);
        delete(downloads);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
