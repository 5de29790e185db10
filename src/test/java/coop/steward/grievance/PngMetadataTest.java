package coop.steward.grievance;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngMetadataTest {

    @Test
    void theTextAndExifChunksAreRemovedAndEveryOtherByteIsKept() throws Exception {
        byte[] original = SampleFiles.screenshotPng();

        byte[] stripped = PngMetadata.strip(SampleFiles.screenshotPngWithMetadata());

        assertThat(stripped).isEqualTo(original);
    }

    @Test
    void aPngWithoutMetadataComesBackUnchanged() throws Exception {
        byte[] original = SampleFiles.screenshotPng();

        assertThat(PngMetadata.strip(original)).isEqualTo(original);
    }

    @Test
    void whatFollowsTheEndOfTheImageIsDropped() throws Exception {
        byte[] original = SampleFiles.screenshotPng();
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.writeBytes(original);
        polyglot.writeBytes(SampleFiles.zipBomb());

        assertThat(PngMetadata.strip(polyglot.toByteArray())).isEqualTo(original);
    }

    @Test
    void aChunkWithABadChecksumIsRefused() {
        byte[] damaged = SampleFiles.screenshotPng();
        damaged[8 + 8 + 3] ^= 0x01;

        assertThatThrownBy(() -> PngMetadata.strip(damaged)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("CRC");
    }

    @Test
    void aSignatureFollowedByAnythingElseIsRefused() {
        byte[] fake = Arrays.copyOf(PngMetadata.SIGNATURE, 64);
        Arrays.fill(fake, 8, 64, (byte) 'A');

        assertThatThrownBy(() -> PngMetadata.strip(fake)).isInstanceOf(MalformedFileException.class);
    }

    @Test
    void aPngCutShortBeforeItsEndIsRefused() {
        byte[] png = SampleFiles.screenshotPng();
        byte[] truncated = Arrays.copyOf(png, png.length - 20);

        assertThatThrownBy(() -> PngMetadata.strip(truncated)).isInstanceOf(MalformedFileException.class);
    }

    @Test
    void aChunkLengthBeyondTheFileIsRefused() {
        byte[] png = SampleFiles.screenshotPng();
        png[8] = 0x7F;

        assertThatThrownBy(() -> PngMetadata.strip(png)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("more bytes");
    }
}
