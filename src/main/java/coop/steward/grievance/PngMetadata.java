package coop.steward.grievance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Removes from a PNG the chunks that can carry where and by whom a picture was taken (eXIf and the
 * three text chunks), copying every other chunk byte for byte so the image itself is not re-encoded.
 */
final class PngMetadata {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> REMOVED = Set.of("eXIf", "tEXt", "iTXt", "zTXt");
    private static final int CHUNK_OVERHEAD = 12;

    private PngMetadata() {
    }

    /**
     * Walks the chunks, checking each one's length and CRC, and returns the PNG without its metadata chunks.
     * Bytes after IEND are dropped: they are no part of the image, and a polyglot file hides an archive there.
     */
    static byte[] strip(byte[] png) throws MalformedFileException {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new MalformedFileException("the PNG signature is missing");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(SIGNATURE, 0, SIGNATURE.length);
        int offset = SIGNATURE.length;
        boolean first = true;
        while (true) {
            if (png.length - offset < CHUNK_OVERHEAD) {
                throw new MalformedFileException("the PNG ends before its IEND chunk");
            }
            long length = Integer.toUnsignedLong(readInt(png, offset));
            if (length > png.length - offset - CHUNK_OVERHEAD) {
                throw new MalformedFileException("a PNG chunk claims more bytes than the file has");
            }
            String type = new String(png, offset + 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw new MalformedFileException("a PNG chunk has an invalid type");
            }
            if (first && !type.equals("IHDR")) {
                throw new MalformedFileException("the PNG does not start with IHDR");
            }
            first = false;
            int chunkLength = (int) length + CHUNK_OVERHEAD;
            CRC32 crc = new CRC32();
            crc.update(png, offset + 4, (int) length + 4);
            if ((int) crc.getValue() != readInt(png, offset + 8 + (int) length)) {
                throw new MalformedFileException("a PNG chunk fails its CRC check");
            }
            if (!REMOVED.contains(type)) {
                out.write(png, offset, chunkLength);
            }
            offset += chunkLength;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
    }

    private static int readInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
                | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
    }
}
