package coop.steward.grievance;

import coop.steward.common.pdf.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Lays a composed letter out on A4 pages with the embedded DejaVu fonts, wrapping lines to the margins. */
final class LetterPdf {

    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 10.5f;
    private static final float TITLE_SIZE = 13;
    private static final float LEADING = 1.4f;

    private LetterPdf() {
    }

    static byte[] render(ComposedLetter letter) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = PdfFonts.load(document, PdfFonts.REGULAR);
            PDType0Font bold = PdfFonts.load(document, PdfFonts.BOLD);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(letter.title());
            info.setCreator("Steward");
            document.getDocumentCatalog().setLanguage(letter.language().code());
            try (Writer writer = new Writer(document)) {
                for (String line : letter.headerLines()) {
                    writer.paragraph(line, regular, BODY_SIZE);
                }
                writer.space(BODY_SIZE);
                writer.paragraph(letter.title(), bold, TITLE_SIZE);
                writer.space(BODY_SIZE * 0.5f);
                for (String paragraph : letter.paragraphs()) {
                    for (String line : paragraph.split("\\R")) {
                        writer.paragraph(line, regular, BODY_SIZE);
                    }
                    writer.space(BODY_SIZE * 0.6f);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a letter", e);
        }
    }

    /** Writes wrapped lines down the page, starting a new page when one is full. */
    private static final class Writer implements AutoCloseable {

        private final PDDocument document;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void paragraph(String text, PDType0Font font, float size) throws IOException {
            String printable = printable(text, font);
            for (String line : wrap(printable, font, size)) {
                float height = size * LEADING;
                if (stream == null || y - height < MARGIN) {
                    newPage();
                }
                y -= height;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            }
        }

        void space(float points) {
            y -= points;
        }

        private List<String> wrap(String text, PDType0Font font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                while (widthOf(word, font, size) > width) {
                    int fits = longestFittingPrefix(word, font, size);
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && widthOf(candidate, font, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** A link or a reference number longer than a line is broken where the margin falls. */
        private int longestFittingPrefix(String word, PDType0Font font, float size) throws IOException {
            int end = word.offsetByCodePoints(0, 1);
            while (end < word.length()) {
                int next = word.offsetByCodePoints(end, 1);
                if (widthOf(word.substring(0, next), font, size) > width) {
                    break;
                }
                end = next;
            }
            return end;
        }

        private static float widthOf(String text, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** A worker's narrative may hold characters the font lacks (emoji, other scripts): they print as '?'. */
        private static String printable(String text, PDType0Font font) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (Character.isISOControl(codePoint)) {
                    out.append(' ');
                    return;
                }
                String character = new String(Character.toChars(codePoint));
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
