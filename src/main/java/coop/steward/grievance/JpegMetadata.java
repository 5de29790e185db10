package coop.steward.grievance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rebuilds a JPEG from the segments a decoder needs, never touching its compressed image data: everything
 * else can carry a place or a person (EXIF with GPS, XMP, IPTC, comment segments, maker notes, a second
 * picture referenced by MPF) and is left out, as is every byte after the end-of-image marker.
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;

    private JpegMetadata() {
    }

    static byte[] strip(byte[] jpeg) throws MalformedFileException {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != SOI) {
            throw new MalformedFileException("it does not start with a JPEG start-of-image marker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(SOI);
        int at = 2;
        while (true) {
            if (at >= jpeg.length || (jpeg[at] & 0xFF) != 0xFF) {
                throw new MalformedFileException("its segments end before the end-of-image marker");
            }
            while (at < jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                at++;
            }
            if (at >= jpeg.length) {
                throw new MalformedFileException("its segments end before the end-of-image marker");
            }
            int marker = jpeg[at++] & 0xFF;
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return out.toByteArray();
            }
            if (at + 2 > jpeg.length) {
                throw new MalformedFileException("a segment is cut short");
            }
            int length = ((jpeg[at] & 0xFF) << 8) | (jpeg[at + 1] & 0xFF);
            if (length < 2 || at + length > jpeg.length) {
                throw new MalformedFileException("a segment is longer than the file");
            }
            if (needed(marker, jpeg, at + 2, length - 2)) {
                out.write(0xFF);
                out.write(marker);
                writeSegment(out, marker, jpeg, at, length);
            }
            at += length;
            if (marker == SOS) {
                int end = endOfScan(jpeg, at);
                out.write(jpeg, at, end - at);
                at = end;
            }
        }
    }

    /** Frames, tables, restart intervals and scans decode the image; JFIF, Adobe and ICC say how to show it. */
    private static boolean needed(int marker, byte[] jpeg, int payload, int size) {
        if (marker >= 0xC0 && marker <= 0xCF || marker == 0xDB || marker == 0xDD || marker == SOS || marker == 0xDC) {
            return true;
        }
        return switch (marker) {
            case APP0 -> startsWith(jpeg, payload, size, "JFIF\0");
            case APP2 -> startsWith(jpeg, payload, size, "ICC_PROFILE\0");
            case APP14 -> startsWith(jpeg, payload, size, "Adobe");
            default -> false;
        };
    }

    /** A JFIF header is kept without its thumbnail, which is a picture of its own. */
    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] jpeg, int at, int length) {
        int jfifLength = 2 + 14;
        if (marker == APP0 && length > jfifLength) {
            out.write(0);
            out.write(jfifLength);
            out.write(jpeg, at + 2, 12);
            out.write(0);
            out.write(0);
            return;
        }
        out.write(jpeg, at, length);
    }

    /** Entropy-coded data runs to the first marker that is neither a stuffed 0xFF nor a restart marker. */
    private static int endOfScan(byte[] jpeg, int from) throws MalformedFileException {
        for (int at = from; at + 1 < jpeg.length; at++) {
            if ((jpeg[at] & 0xFF) == 0xFF) {
                int next = jpeg[at + 1] & 0xFF;
                if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                    return at;
                }
            }
        }
        throw new MalformedFileException("its image data has no end-of-image marker");
    }

    private static boolean startsWith(byte[] jpeg, int payload, int size, String signature) {
        byte[] expected = signature.getBytes(StandardCharsets.US_ASCII);
        if (size < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (jpeg[payload + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
