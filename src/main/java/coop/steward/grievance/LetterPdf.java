package coop.steward.grievance;

import coop.steward.common.pdf.PdfFonts;
import coop.steward.common.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Lays a composed letter out on A4 pages with the embedded DejaVu fonts, through the one PDF text flow. */
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
        private final PdfText text = new PdfText();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        /** A worker's narrative may hold characters the font lacks (emoji, other scripts): each prints as one mark. */
        void paragraph(String value, PDType0Font font, float size) throws IOException {
            for (String line : text.wrap(font, size, width, value)) {
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
