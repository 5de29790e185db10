package coop.steward.evidence.pdf;

import coop.steward.common.validation.Language;
import coop.steward.evidence.content.Table;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Builds a PDF/A-3b document that is tagged for PDF/UA-1, with the evidence packs' fonts, page flow, tables and
 * attachments, for any feature that hands out a signed PDF (collective packs, certificates, campaign letters).
 * Content is laid down in reading order; {@link #build} adds the empty, tagged signature field that
 * {@code SignedDocuments} signs into, the running header and page numbers, the metadata and the attachments.
 * One builder makes one document; it is not thread-safe.
 */
public final class DocumentBuilder implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    private final PageFlow flow;
    private final Labels labels;
    private final Language language;
    private final String title;
    private final UUID documentId;
    private final Calendar created;
    private final List<PdfA.JsonAttachment> attachments = new ArrayList<>();
    private boolean built;

    /**
     * @param title      the document's title, shown by readers in their title bar (PDF/UA) and in its metadata
     * @param documentId the id it will be stored and verified under; the file identifier is derived from it
     * @param createdAt  when it was made; PDF dates keep whole seconds
     */
    public DocumentBuilder(Language language, String title, UUID documentId, Instant createdAt) {
        this.language = Objects.requireNonNull(language, "language");
        this.title = Objects.requireNonNull(title, "title");
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.labels = new Labels(language);
        this.created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        this.created.setTime(Date.from(createdAt.truncatedTo(ChronoUnit.SECONDS)));
        this.flow = new PageFlow(document, new Fonts(document));
    }

    /** The document's title on its first page, large: an H1. */
    public DocumentBuilder title(String text) {
        flow.down(40f);
        flow.text(flow.tags.element("H1", flow.tags.document()), flow.fonts.bold, 26f, PageFlow.MARGIN, flow.y(),
                PageFlow.INK, text);
        flow.down(28f);
        return this;
    }

    /** A section title: an H1, on a new page if little room is left. */
    public DocumentBuilder heading(String text) {
        flow.heading(text);
        return this;
    }

    /** A title within a section, which may wrap: an H2. */
    public DocumentBuilder subheading(String text) {
        flow.subheading(text);
        return this;
    }

    /** Body text that wraps at spaces. */
    public DocumentBuilder paragraph(String text) {
        flow.paragraph(flow.fonts.regular, 10f, PageFlow.INK, text);
        flow.down(4f);
        return this;
    }

    /** A smaller note in grey (a method, a caveat, an explanation). */
    public DocumentBuilder note(String text) {
        flow.paragraph(flow.fonts.regular, 9f, PageFlow.MUTED, text);
        flow.down(4f);
        return this;
    }

    /** A label in bold with its value beside it. */
    public DocumentBuilder field(String label, String value) {
        flow.field(label, value, flow.fonts.regular);
        return this;
    }

    /** A label with a value that is a bold statement (a finding's result). */
    public DocumentBuilder strongField(String label, String value) {
        flow.field(label, value, flow.fonts.bold);
        return this;
    }

    /** A label with a value in the monospaced font: a digest, an id, a formula. */
    public DocumentBuilder codeField(String label, String value) {
        flow.field(label, value, flow.fonts.mono);
        return this;
    }

    /** A table with its title (an H2), a header row and rows that never split; continued on new pages as needed. */
    public DocumentBuilder table(Table table) {
        new TableDrawer(flow, labels).draw(table);
        flow.down(6f);
        return this;
    }

    /** Vertical space, in points. */
    public DocumentBuilder space(float points) {
        flow.down(points);
        return this;
    }

    /** Continues on a new portrait A4 page (or on this one if nothing is on it yet). */
    public DocumentBuilder newPage() {
        flow.newPage(PageFlow.PORTRAIT);
        return this;
    }

    /** Continues on a landscape A4 page, for wide tables (or turns this one if nothing is on it yet). */
    public DocumentBuilder landscapePage() {
        flow.newPage(PageFlow.LANDSCAPE);
        return this;
    }

    /** Attaches a JSON file as data the document is about (PDF/A-3 associated file, {@code AFRelationship /Data}). */
    public DocumentBuilder attachJson(String fileName, String description, byte[] json) {
        attachments.add(new PdfA.JsonAttachment(fileName, description, json.clone()));
        return this;
    }

    /**
     * Attaches another file the document is about, such as a signed PDF it carries (a campaign letter carries its
     * collective pack), as a PDF/A-3 associated file of the given media type.
     */
    public DocumentBuilder attachFile(String fileName, String description, String mediaType, byte[] bytes) {
        attachments.add(new PdfA.JsonAttachment(fileName, description, mediaType, bytes.clone()));
        return this;
    }

    /**
     * Finishes the document: the signature field (described in the document's language), the running header on
     * every page with "page X of Y", the PDF/A and PDF/UA identification and the attachments.
     *
     * @param runningHeader the line at the top of every page, e.g. the document's kind and id
     */
    public RenderedPdf build(String runningHeader) {
        return build(runningHeader, true);
    }

    /**
     * Finishes a document that nobody signs, such as a letter a worker sends in their own name: the same as
     * {@link #build} without the signature field.
     */
    public RenderedPdf buildUnsigned(String runningHeader) {
        return build(runningHeader, false);
    }

    private RenderedPdf build(String runningHeader, boolean signable) {
        if (built) {
            throw new IllegalStateException("a document builder makes one document");
        }
        built = true;
        try {
            if (signable) {
                SignatureField.add(document, flow.page(), flow.tags, labels.get("signature.field"));
            }
            int pages = flow.finish(runningHeader, (page, total) -> labels.format("pack.page", page, total));
            PdfA.identify(document, title, language, created, documentId, "Steward");
            if (!attachments.isEmpty()) {
                PdfA.attachJson(document, attachments, created);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            document.save(out);
            return new RenderedPdf(out.toByteArray(), pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
