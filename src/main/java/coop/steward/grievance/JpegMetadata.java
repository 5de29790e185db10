package coop.steward.grievance;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Removes EXIF (where GPS tags live), XMP and IPTC (both can name a place) from a JPEG by rewriting its
 * segments, never its compressed image data.
 */
final class JpegMetadata {

    private JpegMetadata() {
    }

    static byte[] strip(byte[] jpeg) throws MalformedFileException {
        try {
            byte[] withoutExif = rewrite(out -> new ExifRewriter().removeExifMetadata(jpeg, out), jpeg.length);
            byte[] withoutXmp = rewrite(out -> new JpegXmpRewriter().removeXmpXml(withoutExif, out), jpeg.length);
            return rewrite(out -> new JpegIptcRewriter().removeIptc(withoutXmp, out), jpeg.length);
        } catch (IOException | RuntimeException e) {
            // On in-memory streams the rewriters fail only on segments they cannot parse.
            throw new MalformedFileException("the JPEG segments cannot be read");
        }
    }

    private static byte[] rewrite(Rewrite rewrite, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        rewrite.to(out);
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Rewrite {
        void to(ByteArrayOutputStream out) throws IOException;
    }
}
