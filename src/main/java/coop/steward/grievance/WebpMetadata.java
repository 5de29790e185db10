package coop.steward.grievance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes the EXIF and XMP chunks from a WebP (RIFF) file, clearing their flags in the VP8X header and
 * rewriting the RIFF size; the image chunks are copied byte for byte, so nothing is re-encoded.
 */
final class WebpMetadata {

    private static final int HEADER = 12;
    private static final int CHUNK_HEADER = 8;
    private static final int VP8X_EXIF_FLAG = 0x08;
    private static final int VP8X_XMP_FLAG = 0x04;

    private WebpMetadata() {
    }

    static byte[] strip(byte[] webp) throws MalformedFileException {
        if (webp.length < HEADER || !fourCc(webp, 0).equals("RIFF") || !fourCc(webp, 8).equals("WEBP")) {
            throw new MalformedFileException("the RIFF/WEBP header is missing");
        }
        long riffSize = Integer.toUnsignedLong(readIntLe(webp, 4));
        if (riffSize < 4 || riffSize > webp.length - 8L) {
            throw new MalformedFileException("the RIFF size does not match the file");
        }
        // Bytes beyond the RIFF size are not part of the image; like a PNG's tail, they are dropped.
        int end = (int) riffSize + 8;
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(webp.length);
        int vp8xAt = -1;
        boolean hasImage = false;
        int offset = HEADER;
        while (offset < end) {
            if (end - offset < CHUNK_HEADER) {
                throw new MalformedFileException("a WebP chunk header is cut short");
            }
            String type = fourCc(webp, offset);
            long size = Integer.toUnsignedLong(readIntLe(webp, offset + 4));
            long padded = size + (size & 1);
            if (size > end - offset - CHUNK_HEADER) {
                throw new MalformedFileException("a WebP chunk claims more bytes than the file has");
            }
            // The pad byte of the very last chunk is sometimes left out by writers; tolerate only that.
            int copied = (int) Math.min(CHUNK_HEADER + padded, end - offset);
            if (type.equals("VP8X")) {
                if (offset != HEADER || size < 10) {
                    throw new MalformedFileException("the VP8X chunk is misplaced or too short");
                }
                vp8xAt = chunks.size();
            }
            if (type.equals("VP8 ") || type.equals("VP8L") || type.equals("ANIM")) {
                hasImage = true;
            }
            if (!type.equals("EXIF") && !type.equals("XMP ")) {
                chunks.write(webp, offset, copied);
                if (copied < CHUNK_HEADER + padded) {
                    chunks.write(0);
                }
            }
            offset += copied;
        }
        if (!hasImage) {
            throw new MalformedFileException("the WebP holds no image data");
        }
        byte[] body = chunks.toByteArray();
        if (vp8xAt >= 0) {
            body[vp8xAt + CHUNK_HEADER] &= (byte) ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
        }
        byte[] out = new byte[HEADER + body.length];
        System.arraycopy(webp, 0, out, 0, HEADER);
        writeIntLe(out, 4, 4 + body.length);
        System.arraycopy(body, 0, out, HEADER, body.length);
        return out;
    }

    private static String fourCc(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static int readIntLe(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | ((bytes[offset + 1] & 0xFF) << 8)
                | ((bytes[offset + 2] & 0xFF) << 16) | ((bytes[offset + 3] & 0xFF) << 24);
    }

    private static void writeIntLe(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
        bytes[offset + 2] = (byte) (value >>> 16);
        bytes[offset + 3] = (byte) (value >>> 24);
    }
}
