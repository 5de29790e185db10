package coop.steward.web;

import coop.steward.support.TestAccounts;
import coop.steward.support.browser.Browser;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A grievance with a photo from the phone, and an evidence pack made, downloaded and checked by anyone. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvidenceBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    Browser browser;
    BlockingHttpClient http;
    String handle;
    String access;

    @BeforeAll
    void openBrowserAsAWorkerWithAWeekOfWork() {
        browser = Browser.open(server.getURL().toString());
        http = client.toBlocking();
        handle = TestAccounts.uniqueHandle("evidence");
        http.exchange(HttpRequest.POST("/api/accounts", Map.of("handle", handle, "password", TestAccounts.PASSWORD,
                "locale", "en", "timeZone", "Africa/Nairobi", "jurisdiction", "KE")));
        access = (String) http.retrieve(HttpRequest.POST("/login", Map.of("username", handle, "password",
                TestAccounts.PASSWORD)), Argument.mapOf(String.class, Object.class)).get("access_token");
        UUID gig = UUID.randomUUID();
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        http.exchange(HttpRequest.PUT("/api/engagements/" + gig, Map.ofEntries(Map.entry("vendorName", "Sama"),
                Map.entry("client", "unknown"), Map.entry("taskKind", "CONTENT_MODERATION"), Map.entry("payBasis", "HOURLY"),
                Map.entry("agreedRateMinor", 20000), Map.entry("currency", "KES"), Map.entry("classification", "CONTRACTOR"),
                Map.entry("writtenContract", false), Map.entry("startDate", start.toString()), Map.entry("jurisdiction", "KE")))
                .bearerAuth(access));
        Instant began = start.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC);
        http.exchange(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), Map.of("engagementId", gig,
                "startedAt", began.toString(), "endedAt", began.plus(8, ChronoUnit.HOURS).toString(),
                "timeZone", "Africa/Nairobi", "paidMinutes", 360, "unpaidMinutes", Map.of("WAITING_FOR_TASKS", 120)))
                .bearerAuth(access));
        browser.signIn(handle, TestAccounts.PASSWORD);
        browser.await(By.cssSelector("[data-action=start]"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static byte[] photoWithGps() throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Payout: KES 0.00 - account deactivated", 10, 120);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(36.8219, -1.2921);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }

    private static boolean hasGps(byte[] jpeg) throws IOException {
        ImageMetadata metadata = Imaging.getMetadata(jpeg);
        return metadata instanceof JpegImageMetadata jpegMetadata && jpegMetadata.getExif() != null
                && jpegMetadata.getExif().getGpsInfo() != null;
    }

    @Test
    @Order(1)
    void aPhotoAttachedToAGrievanceReachesThePortalWithoutItsLocation() throws Exception {
        byte[] photo = photoWithGps();
        assertThat(hasGps(photo)).isTrue();
        Path file = Files.createTempFile("IMG_", ".jpg");
        Files.write(file, photo);

        browser.go("/app/grievances/new");
        browser.awaitHeading("Record a grievance");
        assertThat(browser.field("photo").getAttribute("capture")).isEqualTo("environment");
        browser.type("narrative", "My account was deactivated the day before payout and nobody answers.");
        browser.field("photo").sendKeys(file.toString());
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.awaitHeading("Grievance");
        browser.awaitPending(0);

        List<Map<String, Object>> grievances = http.retrieve(HttpRequest.GET("/api/grievances").bearerAuth(access),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(grievances).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) grievances.get(0).get("attachments");
        assertThat(attachments).hasSize(1);
        byte[] stored = http.retrieve(HttpRequest.GET("/api/grievances/" + grievances.get(0).get("id") + "/attachments/"
                + attachments.get(0).get("id")).bearerAuth(access), byte[].class);
        assertThat(hasGps(stored)).as("the GPS tag is gone on the server").isFalse();
        Files.delete(file);
    }

    @Test
    @Order(2)
    void aPackIsMadeDownloadedAndFoundAuthenticBySomeoneSignedOut() throws Exception {
        browser.go("/app/pack");
        browser.awaitHeading("Evidence pack");
        browser.script("document.querySelector(\"main [name='from']\").value = arguments[0]",
                LocalDate.now(ZoneOffset.UTC).minusDays(30).toString());
        browser.type("legalName", "Achieng Otieno");
        browser.click(By.cssSelector("[data-action=generate]"));
        browser.await(By.cssSelector("[data-list=packs] li"));
        Path pdf = browser.until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads())) {
                return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");

        browser.go("/app/settings");
        browser.click(By.cssSelector("[data-action=sign-out]"));
        browser.awaitHeading("Your work, on your record");
        browser.click(By.cssSelector("main a[href='/verify']"));
        browser.awaitHeading("Check an evidence pack");
        browser.field("file").sendKeys(pdf.toAbsolutePath().toString());
        browser.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.await(By.cssSelector("[data-verdict]")).getAttribute("data-verdict")).isEqualTo("AUTHENTIC");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
