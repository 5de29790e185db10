package coop.steward.common.pdf;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one text flow of Steward's PDFs (evidence packs and letters): what an embedded font can draw, and lines
 * wrapped to a width. Text is handled by user-perceived character (a letter with its accents, an emoji with its
 * skin tone and joined parts), never by UTF-16 unit, so no surrogate pair or cluster is ever split; a character
 * the font lacks prints as one visible replacement mark, while the records attached to a pack keep the exact text.
 */
public final class PdfText {

    private static final int REPLACEMENT = 0xFFFD;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();

    /** The text with control characters and line breaks as spaces, and each cluster the font lacks replaced. */
    public String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String cluster : clusters(text)) {
            int first = cluster.codePointAt(0);
            if (Character.isISOControl(first) || Character.isWhitespace(first)) {
                out.append(' ');
            } else if (cluster.codePoints().allMatch(cp -> canDraw(font, cp))) {
                out.append(cluster);
            } else {
                out.appendCodePoint(canDraw(font, REPLACEMENT) ? REPLACEMENT : '?');
            }
        }
        return out.toString();
    }

    /**
     * Breaks text into lines no wider than the width: at spaces where it can, and inside a word (between two
     * clusters) only where the word alone is wider than the line.
     */
    public List<String> wrap(PDType0Font font, float size, float maxWidth, String text) {
        String safe = printable(font, text).strip();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            List<String> parts = clusters(word);
            StringBuilder piece = new StringBuilder();
            for (String part : parts) {
                if (!piece.isEmpty() && width(font, size, piece + part) > maxWidth) {
                    lines.add(piece.toString());
                    piece.setLength(0);
                }
                piece.append(part);
            }
            line.append(piece);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Width in points of text already made printable. */
    public static float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code limit} clusters of the text, and whether any were left out. */
    public static String truncate(String text, int limit) {
        List<String> parts = clusters(text);
        return parts.size() <= limit ? text : String.join("", parts.subList(0, limit)) + " …";
    }

    /**
     * User-perceived characters: a code point with the combining marks, variation selectors, emoji modifiers and
     * zero-width-joined parts that follow it. A lone surrogate stands alone (and no font draws it).
     */
    static List<String> clusters(String text) {
        List<String> clusters = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean joinNext = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean joins = joinNext || cp == ZERO_WIDTH_JOINER || isExtending(cp);
            if (!current.isEmpty() && !joins) {
                clusters.add(current.toString());
                current.setLength(0);
            }
            current.appendCodePoint(cp);
            joinNext = cp == ZERO_WIDTH_JOINER;
        }
        if (!current.isEmpty()) {
            clusters.add(current.toString());
        }
        return clusters;
    }

    private static boolean isExtending(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0x1F3FB && cp <= 0x1F3FF
                || cp >= 0xE0020 && cp <= 0xE007F;
    }

    private boolean canDraw(PDType0Font font, int codePoint) {
        if (Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)) {
            return false;
        }
        return drawable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException | IllegalStateException e) {
                return false;
            }
        });
    }
}
