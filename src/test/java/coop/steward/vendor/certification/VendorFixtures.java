package coop.steward.vendor.certification;

import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A vendor with a linked VENDOR account, and the documents a vendor offers as evidence, built through the real API. */
final class VendorFixtures {

    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);
    static final String FAIRWORK = "fairwork-cloudwork-2024";

    private VendorFixtures() {
    }

    /** A vendor account speaking for a newly registered vendor (names unique: the MariaDB pass shares one database). */
    record VendorAccount(SignedIn account, UUID vendorId, String vendorName) {
        <T> io.micronaut.http.MutableHttpRequest<T> authorize(io.micronaut.http.MutableHttpRequest<T> request) {
            return account.authorize(request);
        }
    }

    static VendorAccount labelingAgency(BlockingHttpClient http, String name) {
        SignedIn admin = TestAccounts.admin(http);
        String vendorName = name + " " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> vendor = http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/vendors",
                Map.of("name", vendorName, "kind", "AGENCY", "country", "US"))), MAP);
        SignedIn account = TestAccounts.withRole(http, "VENDOR");
        http.exchange(admin.authorize(HttpRequest.PUT("/api/admin/vendor-accounts/" + account.id(),
                Map.of("vendorId", vendor.get("id")))));
        return new VendorAccount(account, UUID.fromString((String) vendor.get("id")), vendorName);
    }

    static Map<String, Object> answer(String answer, String explanation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answer", answer);
        body.put("explanation", explanation);
        return body;
    }

    static Map<String, Object> attestation(String name, String title, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("title", title);
        body.put("date", date);
        body.put("confirmed", true);
        return body;
    }

    static MultipartBody file(String name, MediaType type, byte[] bytes) {
        return MultipartBody.builder().addPart("file", name, type, bytes).build();
    }

    /** A one-page policy document with an author and a producer in its metadata, as exported by an office suite. */
    static byte[] policyPdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor("Dana Whitfield, HR");
            info.setProducer("Office Suite 9");
            document.setDocumentInformation(info);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] screenshotPng() {
        BufferedImage image = new BufferedImage(32, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x336699);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
