package coop.steward.demo;

import coop.steward.evidence.PdfAValidation;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo worker's six weeks, recorded for a fresh Kansas City worker, make a pack with real findings. The pack
 * is written to {@code target/demo-evidence-pack.pdf}; {@code docs/sample-evidence-pack.pdf} is a copy of it.
 */
@MicronautTest(transactional = false)
class DemoLedgerTest extends DemoRecording {

    static final Path DEMO_PACK = Path.of("target", "demo-evidence-pack.pdf");

    @Test
    void theDemoLedgerYieldsAPackThatFindsUnderpaymentAndALatePayment() throws Exception {
        BlockingHttpClient http = client.toBlocking();
        SignedIn worker = TestAccounts.worker(http, "demo-worker", "America/Chicago", "US-MO");
        DemoLedger ledger = ledger();
        ledger.record(worker.id());

        Map<String, Object> pack = http.retrieve(worker.authorize(HttpRequest.POST("/api/evidence-packs", Map.of(
                "from", ledger.firstMonday().toString(),
                "to", LocalDate.now(clock.withZone(ZoneId.of("America/Chicago"))).toString(),
                "language", "en"))), JSON);
        byte[] pdf = http.retrieve(worker.authorize(HttpRequest.GET("/api/evidence-packs/" + pack.get("id") + "/pdf")),
                byte[].class);
        Files.createDirectories(DEMO_PACK.getParent());
        Files.write(DEMO_PACK, pdf);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Invisible Technologies").contains("Unpaid: rework")
                .contains("Breached").contains("7 days late").contains("total back pay USD ")
                .contains("Principle 1, threshold 1.2").contains("Net pay USD ").contains("Late payment")
                .contains("distressing or extreme content and no support = 1 of 1");
        // The last demo week's payout is promised within 7 days of its Sunday, which falls in the current week.
        String lastWeek = week(ledger.firstMonday().plusWeeks(DemoLedger.WEEKS - 1));
        assertThat(text).contains("Not yet due (" + lastWeek + ")").contains("Not drawn, pay not yet due: " + lastWeek)
                .contains("not yet due, so not counted: " + lastWeek);
        assertThat((Integer) pack.get("pageCount")).isGreaterThan(5);
        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
    }

    private static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
