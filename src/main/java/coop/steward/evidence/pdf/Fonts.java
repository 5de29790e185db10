package coop.steward.evidence.pdf;

import coop.steward.common.pdf.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three embedded fonts of one document, and the text-safety rules that go with them: a character none of
 * them can draw becomes a replacement mark instead of aborting the whole pack.
 */
final class Fonts {

    private static final String REPLACEMENT = "?";
    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("xsub");

    final PDType0Font regular;
    final PDType0Font bold;
    final PDType0Font mono;
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();

    private static final byte[] REGULAR_FILE = withoutSubstitutions(PdfFonts.REGULAR);
    private static final byte[] BOLD_FILE = withoutSubstitutions(PdfFonts.BOLD);
    private static final byte[] MONO_FILE = withoutSubstitutions(PdfFonts.MONO);

    Fonts(PDDocument document) {
        this.regular = load(document, REGULAR_FILE);
        this.bold = load(document, BOLD_FILE);
        this.mono = load(document, MONO_FILE);
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
    static float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
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
