package coop.steward.grievance;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files a worker might upload, built in memory: a payment-app screenshot, a phone photo with its GPS tag, and worse. */
final class SampleFiles {

    /** Where a photo taken in Nairobi's Kilimani says it was taken. */
    static final double NAIROBI_LATITUDE = -1.2921;
    static final double NAIROBI_LONGITUDE = 36.8219;

    /** A lossless 1x1 WebP, the smallest well-formed one. */
    static final byte[] TINY_WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private SampleFiles() {
    }

    static byte[] screenshotPng() {
        return encode(paymentScreen(), "png");
    }

    static byte[] photoJpeg() {
        return encode(paymentScreen(), "jpg");
    }

    static byte[] photoJpegWithGps() {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(NAIROBI_LONGITUDE, NAIROBI_LATITUDE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(photoJpeg(), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG with a location in an eXIf chunk and a note in each of the three text chunks, after IHDR. */
    static byte[] screenshotPngWithMetadata() {
        byte[] png = screenshotPng();
        int afterIhdr = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        writeChunk(out, "tEXt", "Comment\0taken at Kilimani, Nairobi".getBytes(StandardCharsets.ISO_8859_1));
        writeChunk(out, "iTXt", "Location\0\0\0\0\0-1.2921, 36.8219".getBytes(StandardCharsets.UTF_8));
        writeChunk(out, "zTXt", "Author\0\0x\u009c\u0003\u0000\u0000\u0000\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1));
        writeChunk(out, "eXIf", "MM\0*\0\0\0\u0008\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        writeIntBe(out, data.length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeIntBe(out, (int) crc.getValue());
    }

    /** An extended WebP: VP8X with the EXIF and XMP flags set, the image, then both metadata chunks. */
    static byte[] webpWithMetadata(boolean alpha) {
        int flags = 0x08 | 0x04 | (alpha ? 0x10 : 0);
        return webp(vp8x(flags), imageChunk(), riffChunk("EXIF", "MM\0*\0\0\0\u0008GPS".getBytes(StandardCharsets.ISO_8859_1)),
                riffChunk("XMP ", "<x:xmpmeta>Kilimani</x:xmpmeta>".getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] webpWithoutMetadata(boolean alpha) {
        return webp(vp8x(alpha ? 0x10 : 0), imageChunk());
    }

    static byte[] webp(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        writeIntLe(out, body.size());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    static byte[] riffChunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        writeIntLe(out, data.length);
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] vp8x(int flags) {
        // Flags, three reserved bytes, then canvas width - 1 and height - 1 as 24-bit numbers: a 1x1 canvas.
        return riffChunk("VP8X", new byte[]{(byte) flags, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }

    private static byte[] imageChunk() {
        byte[] vp8l = new byte[TINY_WEBP.length - 12];
        System.arraycopy(TINY_WEBP, 12, vp8l, 0, vp8l.length);
        return vp8l;
    }

    /** A zip whose one entry inflates from a few kilobytes to ten megabytes of zeros. */
    static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("timesheet.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 10; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first bytes of a Linux executable. */
    static byte[] elfExecutable() {
        byte[] elf = new byte[256];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        elf[16] = 2;
        elf[18] = 0x3E;
        return elf;
    }

    /** The first bytes of a Windows executable. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        byte[] pe = {'P', 'E', 0, 0};
        System.arraycopy(pe, 0, exe, 0x80, pe.length);
        return exe;
    }

    static byte[] noteText() {
        return ("Le client n'a pas payé les 14 heures de qualification du 3 au 7 mars.\n"
                + "Malipo ya wiki mbili bado hayajafika.\n").getBytes(StandardCharsets.UTF_8);
    }

    private static BufferedImage paymentScreen() {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(new Color(0x1E, 0x6B, 0x52));
        g.fillRect(10, 10, 100, 20);
        g.setColor(Color.DARK_GRAY);
        g.drawString("$0.00", 20, 60);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeIntBe(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void writeIntLe(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }
}
