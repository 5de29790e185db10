package coop.steward.evidence.pdf;

import coop.steward.common.pdf.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three embedded fonts of one document, and the text-safety rules that go with them: a character none of
 * them can draw becomes a replacement mark instead of aborting the whole pack.
 */
final class Fonts {

    private static final String REPLACEMENT = "?";

    final PDType0Font regular;
    final PDType0Font bold;
    final PDType0Font mono;
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();

    Fonts(PDDocument document) {
        this.regular = PdfFonts.load(document, PdfFonts.REGULAR);
        this.bold = PdfFonts.load(document, PdfFonts.BOLD);
        this.mono = PdfFonts.load(document, PdfFonts.MONO);
        for (PDType0Font font : List.of(regular, bold, mono)) {
            drawable.put(font, new HashMap<>());
        }
    }

    /** The text with control characters as spaces and undrawable characters replaced. */
    String safe(PDType0Font font, String text) {
        Map<Integer, Boolean> known = drawable.get(font);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canDraw(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** Width in points of text already made safe. */
    static float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean canDraw(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
