package coop.steward.evidence.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays content down A4 pages from top to bottom (portrait, or landscape for wide tables): it keeps the cursor,
 * starts a new page when the next block does not fit, tags every block for screen readers as it draws it, and at
 * the end stamps every page with the running header and "page X of Y" as artifacts.
 */
final class PageFlow {

    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 50f;
    static final float BOTTOM = 58f;
    private static final float TOP_GAP = 64f;
    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0xb0, 0xb0, 0xb0);
    /** Written between the parts of a date or an amount that must stay on one line; drawn as a plain space. */
    static final char KEEP_TOGETHER = '\u00A0';

    final PDDocument document;
    final Fonts fonts;
    final Tagging tags;
    private PDRectangle size = PORTRAIT;
    private PDPage page;
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, Fonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.tags = new Tagging(document);
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float top() {
        return size.getHeight() - TOP_GAP;
    }

    float y() {
        return y;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Continues on a page of the given orientation: the current one if nothing is on it yet, else a new one. */
    void newPage(PDRectangle wanted) {
        boolean empty = y >= top();
        size = wanted;
        if (empty) {
            page.setMediaBox(size);
            y = top();
        } else {
            newPage();
        }
    }

    void newPage() {
        closeStream();
        page = new PDPage(size);
        document.addPage(page);
        tags.startPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    /** Starts a new page unless the block of this height still fits above the footer. */
    void ensure(float height) {
        if (y - height < BOTTOM && y < top()) {
            newPage();
        }
    }

    void down(float points) {
        y -= points;
    }

    /** A section title: an H1 for a screen reader. */
    void heading(String text) {
        ensure(60f);
        down(y < top() ? 14f : 0f);
        down(16f);
        text(tags.element("H1", tags.document()), fonts.bold, 15f, MARGIN, y, INK, text);
        down(10f);
    }

    /** A bold title that wraps (a finding's title is a whole sentence of the guideline): an H2. */
    void subheading(String text) {
        subheading(tags.element("H2", tags.document()), text);
    }

    /** A subheading drawn only for the page's sake, such as a table's title repeated where it continues. */
    void artifactSubheading(String text) {
        subheading(null, text);
    }

    private void subheading(PDStructureElement element, String text) {
        ensure(40f);
        down(8f);
        List<String> lines = wrap(fonts.bold, 11.5f, width(), text);
        for (int i = 0; i < lines.size(); i++) {
            down(i == 0 ? 12f : 14f);
            text(element, fonts.bold, 11.5f, MARGIN, y, INK, lines.get(i));
        }
        down(6f);
    }

    void paragraph(PDType0Font font, float size, Color color, String text) {
        paragraph(font, size, color, MARGIN, width(), text);
    }

    void paragraph(PDType0Font font, float size, Color color, float x, float maxWidth, String text) {
        PDStructureElement element = tags.element("P", tags.document());
        float leading = size * 1.35f;
        for (String line : wrap(font, size, maxWidth, text)) {
            ensure(leading);
            down(leading);
            text(element, font, size, x, y, color, line);
        }
    }

    /** A label in bold with its value beside it, the value wrapping in its own column; read as one paragraph. */
    void field(String label, String value, PDType0Font valueFont) {
        field(label, value, valueFont, 10f, 150f);
    }

    void field(String label, String value, PDType0Font valueFont, float size, float labelWidth) {
        // Monospaced values are digests: at this size a 64-digit SHA-256 stays on one line.
        float valueSize = valueFont == fonts.mono ? size - 1.5f : size;
        float leading = size * 1.4f;
        List<String> labels = wrap(fonts.bold, size, labelWidth - 10f, label);
        List<String> values = wrap(valueFont, valueSize, width() - labelWidth, value);
        int lines = Math.max(labels.size(), values.size());
        ensure(leading * lines);
        PDStructureElement element = tags.element("P", tags.document());
        float first = y - leading;
        for (int i = 0; i < labels.size(); i++) {
            text(element, fonts.bold, size, MARGIN, first - i * leading, INK, labels.get(i));
        }
        for (int i = 0; i < values.size(); i++) {
            text(element, valueFont, valueSize, MARGIN + labelWidth, first - i * leading, INK, values.get(i));
        }
        down(leading * lines);
    }

    /** Draws one line of text as part of the element, or as an artifact when the element is null. */
    void text(PDStructureElement element, PDType0Font font, float size, float x, float baseline, Color color, String text) {
        String drawn = fonts.safe(font, text).replace(KEEP_TOGETHER, ' ');
        if (drawn.isBlank()) {
            return;
        }
        Tagging.Paint paint = s -> rawText(s, font, size, x, baseline, color, drawn);
        if (element == null) {
            Tagging.artifact(stream, paint);
        } else {
            tags.mark(stream, element, paint);
        }
    }

    /** Text inside a marked-content sequence the caller opened (the chart's, which is one figure). */
    void untaggedText(PDType0Font font, float size, float x, float baseline, Color color, String text) {
        try {
            rawText(stream, font, size, x, baseline, color, fonts.safe(font, text).replace(KEEP_TOGETHER, ' '));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rawText(PDPageContentStream s, PDType0Font font, float size, float x, float baseline,
                                Color color, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.setNonStrokingColor(color);
        s.newLineAtOffset(x, baseline);
        s.showText(text);
        s.endText();
    }

    /** Breaks text into lines no wider than the width, at spaces where it can and between characters where it must. */
    List<String> wrap(PDType0Font font, float size, float maxWidth, String text) {
        return fonts.text.wrap(font, size, maxWidth, text);
    }

    /** Closes the last page and writes the running header and footer onto every page, as pagination artifacts. */
    int finish(String header, PageLabel footer) {
        closeStream();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage each = document.getPage(i);
            PDRectangle box = each.getMediaBox();
            String pageText = fonts.safe(fonts.regular, footer.of(i + 1, total));
            String headerText = fonts.safe(fonts.regular, header);
            try (PDPageContentStream s = new PDPageContentStream(document, each,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                Tagging.artifact(s, a -> {
                    float headerY = box.getHeight() - 36f;
                    rawText(a, fonts.regular, 8f, MARGIN, headerY, MUTED, headerText);
                    rule(a, box, headerY - 6f);
                    float footerY = 30f;
                    rule(a, box, footerY + 12f);
                    rawText(a, fonts.regular, 8f, box.getWidth() - MARGIN - Fonts.width(fonts.regular, 8f, pageText),
                            footerY, MUTED, pageText);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        tags.finish();
        return total;
    }

    private static void rule(PDPageContentStream s, PDRectangle box, float at) throws IOException {
        s.setStrokingColor(RULE);
        s.setLineWidth(0.5f);
        s.moveTo(MARGIN, at);
        s.lineTo(box.getWidth() - MARGIN, at);
        s.stroke();
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    /** The footer's words for page X of Y. */
    @FunctionalInterface
    interface PageLabel {
        String of(int page, int total);
    }
}
