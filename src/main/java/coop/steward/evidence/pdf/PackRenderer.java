package coop.steward.evidence.pdf;

import coop.steward.common.digest.Sha256;
import coop.steward.evidence.content.Cover;
import coop.steward.evidence.content.Figure;
import coop.steward.evidence.content.Finding;
import coop.steward.evidence.content.Integrity;
import coop.steward.evidence.content.Letter;
import coop.steward.evidence.content.PackContent;
import coop.steward.evidence.content.PackStamp;
import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Renders a pack's content as an unsigned PDF/A-3b document on A4 pages, with the records it was built from
 * attached as JSON. Stateless: one instance serves every pack, each call builds its own document.
 */
public final class PackRenderer {

    /** The name under which the records are attached, and which the integrity page names. */
    public static final String RECORDS_FILE = "records.json";

    public RenderedPdf render(PackStamp stamp, PackContent content, byte[] embeddedJson) {
        Labels labels = new Labels(content.cover().language());
        String title = labels.get("pack.title") + " " + stamp.packId();
        // PDF dates keep whole seconds; the XMP copy must say exactly the same instant.
        Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        created.setTime(Date.from(stamp.generatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        try (PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document, new Fonts(document));
            cover(flow, labels, stamp, content.cover(), content.headline());
            summary(flow, labels, content.summary());
            findings(flow, labels, content.findings());
            new ChartDrawer(flow, labels).draw(content.chart());
            tables(flow, labels, content.tables());
            letters(flow, labels, content.letters());
            integrity(flow, labels, stamp, content.integrity(), Sha256.hex(embeddedJson));
            SignatureField.add(document, flow.page(), flow.tags, labels.get("signature.field"));
            int pages = flow.finish(labels.format("pack.header", stamp.packId()),
                    (page, total) -> labels.format("pack.page", page, total));
            PdfA.identify(document, title, content.cover().language(), created, stamp.packId());
            PdfA.attachJson(document, RECORDS_FILE, "The records this pack was built from, as canonical JSON",
                    embeddedJson, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.save(out);
            return new RenderedPdf(out.toByteArray(), pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(PageFlow flow, Labels labels, PackStamp stamp, Cover cover, List<Figure> headline) {
        flow.down(40f);
        flow.text(flow.tags.element("H1", flow.tags.document()), flow.fonts.bold, 26f, PageFlow.MARGIN, flow.y(),
                PageFlow.INK, labels.get("pack.title"));
        flow.down(28f);
        flow.field(labels.get("cover.worker"), cover.workerHandle(), flow.fonts.regular);
        if (cover.legalName() != null) {
            flow.field(labels.get("cover.legalName"), cover.legalName(), flow.fonts.regular);
        }
        flow.field(labels.get("cover.period"), labels.format("cover.periodRange",
                labels.date(cover.periodFrom()), labels.date(cover.periodTo())), flow.fonts.regular);
        flow.field(labels.get("cover.generated"), labels.dateTime(stamp.generatedAt(), cover.zone()), flow.fonts.regular);
        flow.field(labels.get("cover.packId"), stamp.packId().toString(), flow.fonts.mono);
        flow.field(labels.get("cover.language"), cover.language().code(), flow.fonts.regular);
        if (!headline.isEmpty()) {
            // The figures a reader who reads only page 1 must see, a size up from the rest of the cover.
            flow.down(10f);
            flow.subheading(labels.get("headline.title"));
            for (Figure figure : headline) {
                flow.field(figure.label(), figure.value(), flow.fonts.regular, 11f, 190f);
                flow.down(3f);
            }
        }
        flow.down(18f);
        flow.paragraph(flow.fonts.regular, 9.5f, PageFlow.MUTED, labels.get("cover.note"));
        flow.newPage();
    }

    private static void summary(PageFlow flow, Labels labels, List<Figure> figures) {
        flow.heading(labels.get("summary.title"));
        for (Figure figure : figures) {
            flow.field(figure.label(), figure.value(), flow.fonts.regular);
        }
    }

    private static void findings(PageFlow flow, Labels labels, List<Finding> findings) {
        flow.heading(labels.get("findings.title"));
        if (findings.isEmpty()) {
            flow.paragraph(flow.fonts.regular, 10f, PageFlow.MUTED, labels.get("findings.none"));
        }
        for (Finding finding : findings) {
            flow.ensure(70f);
            flow.subheading(finding.title());
            flow.field(labels.get("finding.status"), labels.get("status." + finding.status().name()), flow.fonts.bold);
            flow.field(labels.get("finding.formula"), finding.formula(), flow.fonts.mono);
            flow.field(labels.get("finding.citation"), finding.citation(), flow.fonts.regular);
        }
    }

    private static void tables(PageFlow flow, Labels labels, List<Table> tables) {
        if (tables.isEmpty()) {
            return;
        }
        // The record tables have many columns: landscape pages give each its words and dates whole.
        flow.newPage(PageFlow.LANDSCAPE);
        flow.heading(labels.get("tables.title"));
        TableDrawer drawer = new TableDrawer(flow, labels);
        for (Table table : tables) {
            drawer.draw(table);
            flow.down(6f);
        }
    }

    private static void letters(PageFlow flow, Labels labels, List<Letter> letters) {
        flow.heading(labels.get("letters.title"));
        if (letters.isEmpty()) {
            flow.paragraph(flow.fonts.regular, 10f, PageFlow.MUTED, labels.get("letters.none"));
            return;
        }
        List<TableRow> rows = letters.stream().map(letter -> TableRow.of(letter.title(),
                letter.sentOn() == null ? "" : labels.date(letter.sentOn()),
                letter.deadline() == null ? "" : labels.date(letter.deadline()),
                letter.status() == null ? "" : letter.status())).toList();
        new TableDrawer(flow, labels).draw(new Table(labels.get("letters.title"), List.of(labels.get("letter.title"),
                labels.get("letter.sent"), labels.get("letter.deadline"), labels.get("letter.status")), rows));
    }

    private static void integrity(PageFlow flow, Labels labels, PackStamp stamp, Integrity integrity, String jsonSha256) {
        flow.newPage(PageFlow.PORTRAIT);
        flow.heading(labels.get("integrity.title"));
        flow.field(labels.get("cover.packId"), stamp.packId().toString(), flow.fonts.mono);
        flow.field(labels.get("integrity.chainHead"), integrity.chainHead(), flow.fonts.mono);
        flow.field(labels.get("integrity.entries"), Long.toString(integrity.entryCount()), flow.fonts.regular);
        flow.field(labels.format("integrity.embedded", RECORDS_FILE), jsonSha256, flow.fonts.mono);
        flow.field(labels.get("integrity.signer"), stamp.signerCertificateSha256(), flow.fonts.mono);
        flow.subheading(labels.get("integrity.howTo"));
        flow.paragraph(flow.fonts.regular, 9.5f, PageFlow.INK, labels.get("integrity.step1"));
        flow.down(4f);
        flow.paragraph(flow.fonts.regular, 9.5f, PageFlow.INK, labels.format("integrity.step2", integrity.verifyAddress()));
        flow.down(4f);
        flow.paragraph(flow.fonts.regular, 9.5f, PageFlow.INK, labels.format("integrity.step3", RECORDS_FILE));
    }
}
