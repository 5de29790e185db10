package coop.steward.evidence.pdf;

import coop.steward.common.digest.Sha256;
import coop.steward.common.validation.Language;
import coop.steward.evidence.PackFixtures;
import coop.steward.evidence.PdfAValidation;
import coop.steward.evidence.content.Cover;
import coop.steward.evidence.content.PackContent;
import coop.steward.evidence.content.PackStamp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PackRendererTest {

    static final PackStamp STAMP = new PackStamp(UUID.fromString("0192f3a4-7b1c-7d2e-8f90-1a2b3c4d5e6f"),
            Instant.parse("2026-04-02T15:04:05.123456Z"), "ab".repeat(32));

    final PackRenderer renderer = new PackRenderer();

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPackInEveryLanguageIsPdfA3bByVeraPdf(Language language) {
        RenderedPdf pdf = renderer.render(STAMP, PackFixtures.kansasCityQuarter(language), PackFixtures.recordsJson(96));

        assertThat(PdfAValidation.failuresOf(pdf.bytes())).isEmpty();
    }

    @Test
    void theSummaryFindingsFormulasAndCitationsReadBackAsText() throws IOException {
        String text = text(renderer.render(STAMP, PackFixtures.kansasCityQuarter(Language.EN),
                PackFixtures.recordsJson(96)).bytes());

        assertThat(text).contains("Evidence pack", "kc-labeler", "Dana Whitfield", STAMP.packId().toString(),
                "January 1, 2026 to March 31, 2026",
                "Hours paid 86 h 45 min", "USD 5.93", "Back pay owed USD 926.98",
                "Fair pay: at least the local minimum wage after costs", "Breached", "Not enough data",
                "USD 702.40 ÷ 118.5 h = USD 5.93 < USD 13.75", PackFixtures.BACK_PAY_FORMULA,
                "Fairwork Cloudwork Principles 2023, principle 1.1",
                "Payment demand to Outlier", "March 19, 2026");
    }

    @Test
    void theLabelsFollowThePacksLanguage() throws IOException {
        String text = text(renderer.render(STAMP, PackFixtures.kansasCityQuarter(Language.FR),
                PackFixtures.recordsJson(96)).bytes());

        assertThat(text).contains("Dossier de preuves", "Non respecté", "Données insuffisantes", "1 janvier 2026",
                "Page 1 sur", "Comment vérifier ce dossier").doesNotContain("Evidence pack");
    }

    @Test
    void aLongTableBreaksAcrossPagesRepeatingItsHeaderAndEveryPageIsNumbered() throws IOException {
        RenderedPdf pdf = renderer.render(STAMP, PackFixtures.nairobiYear(), PackFixtures.recordsJson(428));
        List<String> pages = pages(pdf.bytes());

        assertThat(pages).hasSize(pdf.pageCount());
        List<String> continued = pages.stream().filter(p -> p.contains("Work sessions (inaendelea)")).toList();
        assertThat(continued).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(page -> assertThat(page).contains("Date Start Paid Unpaid Unpaid category Tasks"));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Kifurushi cha ushahidi " + STAMP.packId())
                    .contains("Ukurasa " + (i + 1) + " kati ya " + pages.size());
        }
        String all = String.join("", pages);
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() == 2025; day = day.plusDays(1)) {
            assertThat(all).as("no session row is lost at a page break").contains(day.toString());
        }
    }

    @Test
    void rowsRecordedLateAreMarked() throws IOException {
        String text = text(renderer.render(STAMP, PackFixtures.kansasCityQuarter(Language.EN),
                PackFixtures.recordsJson(96)).bytes());

        assertThat(text).contains("† Recorded more than 72 hours after the work.", "† 2025-01-02", "† 2025-01-05")
                .doesNotContain("† 2025-01-03");
    }

    @Test
    void theRecordsAreAttachedAsAnAssociatedJsonFileWhoseDigestTheIntegrityPageStates() throws IOException {
        byte[] json = PackFixtures.recordsJson(96);
        byte[] pdf = renderer.render(STAMP, PackFixtures.kansasCityQuarter(Language.EN), json).bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(associated.size()).isEqualTo(1);
            PDComplexFileSpecification spec = new PDComplexFileSpecification((COSDictionary) associated.getObject(0));
            assertThat(spec.getFileUnicode()).isEqualTo(PackRenderer.RECORDS_FILE);
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
            assertThat(spec.getEmbeddedFileUnicode().getSubtype()).isEqualTo("application/json");
            assertThat(spec.getEmbeddedFileUnicode().toByteArray()).isEqualTo(json);
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                    .containsKey(PackRenderer.RECORDS_FILE);
        }
        List<String> pages = pages(pdf);
        assertThat(pages.get(pages.size() - 1)).contains("Integrity", Sha256.hex(json), PackFixtures.CHAIN_HEAD,
                "Entries in the chain 96", "https://steward.example.coop/verify");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        byte[] pdf = renderer.render(STAMP, PackFixtures.kansasCityQuarter(Language.SW), PackFixtures.recordsJson(96)).bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void theLegalNameAppearsOnlyWhenTheWorkerGaveOne() throws IOException {
        String text = text(renderer.render(STAMP, PackFixtures.nairobiYear(), PackFixtures.recordsJson(1)).bytes());

        assertThat(text).contains("nbo-moderator").doesNotContain("Jina rasmi");
    }

    @Test
    void aCharacterNoFontCanDrawIsReplacedRatherThanFailingThePack() throws IOException {
        PackContent quarter = PackFixtures.kansasCityQuarter(Language.EN);
        Cover cover = quarter.cover();
        PackContent withEmoji = new PackContent(new Cover("kc-labeler", "Dana 🦺 Whitfield\tJr.", cover.periodFrom(),
                cover.periodTo(), cover.language(), cover.zone()), quarter.headline(), quarter.summary(), quarter.findings(), quarter.chart(),
                quarter.tables(), quarter.letters(), quarter.integrity());

        String text = text(renderer.render(STAMP, withEmoji, PackFixtures.recordsJson(1)).bytes());

        assertThat(text).contains("Dana \uFFFD Whitfield Jr.");
    }
}
