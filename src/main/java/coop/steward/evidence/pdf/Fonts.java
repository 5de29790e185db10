package coop.steward.evidence.pdf;

import coop.steward.common.pdf.PdfFonts;
import coop.steward.common.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The three embedded fonts of one document and the shared text flow ({@link PdfText}) that knows what each can
 * draw: a character a font lacks becomes a visible replacement mark instead of aborting the whole pack.
 */
final class Fonts {

    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("xsub");

    final PDType0Font regular;
    final PDType0Font bold;
    final PDType0Font mono;
    final PdfText text = new PdfText();

    private static final byte[] REGULAR_FILE = withoutSubstitutions(PdfFonts.REGULAR);
    private static final byte[] BOLD_FILE = withoutSubstitutions(PdfFonts.BOLD);
    private static final byte[] MONO_FILE = withoutSubstitutions(PdfFonts.MONO);

    Fonts(PDDocument document) {
        this.regular = load(document, REGULAR_FILE);
        this.bold = load(document, BOLD_FILE);
        this.mono = load(document, MONO_FILE);
    }

    /** The text with control characters as spaces and the clusters this font lacks replaced. */
    String safe(PDType0Font font, String value) {
        return text.printable(font, value);
    }

    private static PDType0Font load(PDDocument document, byte[] file) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(file), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font file with its GSUB table hidden (its tag renamed in the table directory). PDFBox 3 applies the
     * Latin ligatures of GSUB when it writes text, and a reader then extracts "ﬁ" where the worker wrote "fi":
     * a lawyer searching a pack for "effective" must find it. The subset PDFBox embeds never includes GSUB.
     */
    static byte[] withoutSubstitutions(String resource) {
        byte[] file;
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + resource);
            }
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
        ByteBuffer buffer = ByteBuffer.wrap(file);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (buffer.getInt(entry) == GSUB) {
                buffer.putInt(entry, HIDDEN_GSUB);
            }
        }
        return file;
    }

    /** Width in points of text already made safe. */
    static float width(PDType0Font font, float size, String value) {
        return PdfText.width(font, size, value);
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}
