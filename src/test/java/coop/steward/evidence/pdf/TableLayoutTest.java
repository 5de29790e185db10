package coop.steward.evidence.pdf;

import coop.steward.common.validation.Language;
import coop.steward.evidence.PackFixtures;
import coop.steward.evidence.content.PackContent;
import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record tables of a gig with long words and long dates in every language: each word and each date must come
 * back whole from one line of the page, as a lawyer reading (or a reader extracting) the table would see it.
 */
class TableLayoutTest {

    private static final String[] HEADER_KEYS = {"vendor", "client", "project", "taskKind", "payBasis", "rate",
            "classification", "start", "end", "jurisdiction"};

    private static Table wideGigs(Labels labels) {
        List<String> headers = Arrays.stream(HEADER_KEYS).map(key -> labels.get("column." + key)).toList();
        List<TableRow> rows = new ArrayList<>();
        String[][] gigs = {
                {"Remotasks/ScaleAI", "unknown", "Falcon-Conversational-Reasoning", "RLHF CONVERSATION", "HOURLY",
                        "USD 15.00", "INDEPENDENT CONTRACTOR", "2026-09-30", "2026-11-30", "US-MO"},
                {"Invisible Technologies", "Undisclosed hyperscaler", "Classification", "CONTENT MODERATION", "PER TASK",
                        "KES 1,250.00", "MISCLASSIFIED EMPLOYEE", "2026-12-31", "", "KE"},
        };
        for (String[] gig : gigs) {
            List<String> cells = new ArrayList<>(Arrays.asList(gig));
            cells.set(7, labels.date(LocalDate.parse(gig[7])));
            cells.set(8, gig[8].isEmpty() ? "" : labels.date(LocalDate.parse(gig[8])));
            rows.add(new TableRow(cells, false));
        }
        return new Table(labels.get("table.engagements"), headers, rows);
    }

    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).lines().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noWordAndNoDateOfAWideTableIsBrokenAcrossLines(Language language) throws IOException {
        Labels labels = new Labels(language);
        PackContent quarter = PackFixtures.kansasCityQuarter(language);
        Table gigs = wideGigs(labels);
        PackContent content = new PackContent(quarter.cover(), quarter.headline(), quarter.summary(), quarter.findings(),
                quarter.chart(), List.of(gigs), quarter.letters(), quarter.integrity());

        List<String> lines = lines(new PackRenderer().render(PackRendererTest.STAMP, content,
                PackFixtures.recordsJson(3)).bytes());

        List<String> whole = new ArrayList<>();
        for (String header : gigs.headers()) {
            whole.addAll(Arrays.asList(header.split(" ")));
        }
        for (TableRow row : gigs.rows()) {
            for (String cell : row.cells()) {
                if (cell.contains("\u00A0")) {
                    whole.add(cell.replace('\u00A0', ' '));
                } else {
                    whole.addAll(Arrays.asList(cell.split(" ")));
                }
            }
        }
        whole.removeIf(String::isBlank);
        for (String word : whole) {
            assertThat(lines).as("'%s' on one line", word).anyMatch(line -> line.contains(word));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theRecordTablesAreOnLandscapePages(Language language) throws IOException {
        byte[] pdf = new PackRenderer().render(PackRendererTest.STAMP, PackFixtures.kansasCityQuarter(language),
                PackFixtures.recordsJson(3)).bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            Labels labels = new Labels(language);
            boolean records = false;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                records = (records || text.contains(labels.get("tables.title")))
                        && !text.contains(labels.get("integrity.title"));
                PDRectangle box = document.getPage(page - 1).getMediaBox();
                assertThat(box.getWidth() > box.getHeight()).as("page %d is landscape", page).isEqualTo(records);
            }
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        }
    }
}
