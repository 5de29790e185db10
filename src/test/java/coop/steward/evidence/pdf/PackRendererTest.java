package coop.steward.evidence.pdf;

import coop.steward.common.validation.Language;
import coop.steward.evidence.PackFixtures;
import coop.steward.evidence.PdfAValidation;
import coop.steward.evidence.content.PackStamp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PackRendererTest {

    static final PackStamp STAMP = new PackStamp(UUID.fromString("0192f3a4-7b1c-7d2e-8f90-1a2b3c4d5e6f"),
            Instant.parse("2026-04-02T15:04:05.123456Z"), "ab".repeat(32));

    final PackRenderer renderer = new PackRenderer();

    @Test
    void aRenderedPackIsPdfA3bCompliantByVeraPdf() {
        RenderedPdf pdf = renderer.render(STAMP, PackFixtures.kansasCityQuarter(Language.EN), PackFixtures.recordsJson(96));

        assertThat(PdfAValidation.failuresOf(pdf.bytes())).isEmpty();
    }

    @Test
    void dump() throws IOException {
        RenderedPdf pdf = renderer.render(STAMP, PackFixtures.nairobiYear(), PackFixtures.recordsJson(96));
        java.nio.file.Files.write(java.nio.file.Path.of("target/unsigned.pdf"), pdf.bytes());
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            System.out.println(pdf.pageCount());
        }
    }
}
