package coop.steward.evidence.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays content down A4 pages from top to bottom: it keeps the cursor, starts a new page when the next block
 * does not fit, and at the end stamps every page with the running header and "page X of Y".
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 50f;
    static final float TOP = PAGE.getHeight() - 64f;
    static final float BOTTOM = 58f;
    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0xb0, 0xb0, 0xb0);

    final PDDocument document;
    final Fonts fonts;
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, Fonts fonts) {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    PDPageContentStream stream() {
        return stream;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** Starts a new page unless the block of this height still fits above the footer. */
    void ensure(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    void down(float points) {
        y -= points;
    }

    void heading(String text) {
        ensure(60f);
        down(y < TOP ? 14f : 0f);
        down(16f);
        text(fonts.bold, 15f, MARGIN, y, INK, text);
        down(10f);
    }

    /** A bold title that wraps: a finding's title is a whole sentence of the guideline. */
    void subheading(String text) {
        ensure(40f);
        down(8f);
        List<String> lines = wrap(fonts.bold, 11.5f, width(), text);
        for (int i = 0; i < lines.size(); i++) {
            down(i == 0 ? 12f : 14f);
            text(fonts.bold, 11.5f, MARGIN, y, INK, lines.get(i));
        }
        down(6f);
    }

    void paragraph(PDType0Font font, float size, Color color, String text) {
        paragraph(font, size, color, MARGIN, width(), text);
    }

    void paragraph(PDType0Font font, float size, Color color, float x, float maxWidth, String text) {
        float leading = size * 1.35f;
        for (String line : wrap(font, size, maxWidth, text)) {
            ensure(leading);
            down(leading);
            text(font, size, x, y, color, line);
        }
    }

    /** A label in bold with its value beside it, the value wrapping in its own column. */
    void field(String label, String value, PDType0Font valueFont) {
        // Monospaced values are digests: at this size a 64-digit SHA-256 stays on one line.
        float size = 10f;
        float valueSize = valueFont == fonts.mono ? 8.5f : size;
        float labelWidth = 150f;
        float leading = size * 1.4f;
        List<String> labels = wrap(fonts.bold, size, labelWidth - 10f, label);
        List<String> values = wrap(valueFont, valueSize, width() - labelWidth, value);
        int lines = Math.max(labels.size(), values.size());
        ensure(leading * lines);
        for (int i = 0; i < lines; i++) {
            down(leading);
            if (i < labels.size()) {
                text(fonts.bold, size, MARGIN, y, INK, labels.get(i));
            }
            if (i < values.size()) {
                text(valueFont, valueSize, MARGIN + labelWidth, y, INK, values.get(i));
            }
        }
    }

    void text(PDType0Font font, float size, float x, float baseline, Color color, String text) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, baseline);
            stream.showText(fonts.safe(font, text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks text into lines no wider than the width, at spaces where it can and between characters where it must. */
    List<String> wrap(PDType0Font font, float size, float maxWidth, String text) {
        return fonts.text.wrap(font, size, maxWidth, text);
    }

    /** Closes the last page and writes the running header and footer onto every page. */
    int finish(String header, PageLabel footer) {
        closeStream();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = s;
                float headerY = PAGE.getHeight() - 36f;
                text(fonts.regular, 8f, MARGIN, headerY, MUTED, header);
                rule(s, headerY - 6f);
                String pageText = footer.of(i + 1, total);
                float footerY = 30f;
                rule(s, footerY + 12f);
                text(fonts.regular, 8f, PAGE.getWidth() - MARGIN - Fonts.width(fonts.regular, 8f,
                        fonts.safe(fonts.regular, pageText)), footerY, MUTED, pageText);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        stream = null;
        return total;
    }

    private static void rule(PDPageContentStream s, float at) throws IOException {
        s.setStrokingColor(RULE);
        s.setLineWidth(0.5f);
        s.moveTo(MARGIN, at);
        s.lineTo(PAGE.getWidth() - MARGIN, at);
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
