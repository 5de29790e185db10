package coop.steward.common.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The open fonts (DejaVu, licence beside them in {@code resources/fonts}) that every PDF of Steward embeds:
 * they cover the Latin text of English, French, Spanish and Swahili, and PDF/A forbids fonts that are not embedded.
 */
public final class PdfFonts {

    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    public static final String MONO = "/fonts/DejaVuSansMono.ttf";

    private PdfFonts() {
    }

    /** Loads a font into a document, embedding only the glyphs the document uses. */
    public static PDType0Font load(PDDocument document, String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + resource);
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + resource, e);
        }
    }
}
