package coop.steward.grievance;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebpMetadataTest {

    @Test
    void theExifAndXmpChunksAreRemovedTheirFlagsClearedAndTheRiffSizeFixed() throws Exception {
        byte[] stripped = WebpMetadata.strip(SampleFiles.webpWithMetadata(true));

        assertThat(stripped).isEqualTo(SampleFiles.webpWithoutMetadata(true));
        int riffSize = (stripped[4] & 0xFF) | (stripped[5] & 0xFF) << 8 | (stripped[6] & 0xFF) << 16 | (stripped[7] & 0xFF) << 24;
        assertThat(riffSize).isEqualTo(stripped.length - 8);
        assertThat(stripped[20] & 0xFF).as("VP8X flags keep alpha, lose EXIF and XMP").isEqualTo(0x10);
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("EXIF", "XMP ", "Kilimani");
    }

    @Test
    void aSimpleWebpComesBackUnchanged() throws Exception {
        assertThat(WebpMetadata.strip(SampleFiles.TINY_WEBP)).isEqualTo(SampleFiles.TINY_WEBP);
    }

    @Test
    void anOddSizedMetadataChunkIsRemovedWithItsPadByte() throws Exception {
        byte[] withOddExif = SampleFiles.webp(SampleFiles.riffChunk("VP8X", new byte[10]),
                Arrays.copyOfRange(SampleFiles.TINY_WEBP, 12, SampleFiles.TINY_WEBP.length),
                SampleFiles.riffChunk("EXIF", new byte[]{'M', 'M', 0}));

        byte[] stripped = WebpMetadata.strip(withOddExif);

        assertThat(stripped).isEqualTo(SampleFiles.webp(SampleFiles.riffChunk("VP8X", new byte[10]),
                Arrays.copyOfRange(SampleFiles.TINY_WEBP, 12, SampleFiles.TINY_WEBP.length)));
    }

    @Test
    void aRiffSizeLargerThanTheFileIsRefused() {
        byte[] webp = SampleFiles.TINY_WEBP.clone();
        webp[4] = (byte) 0xFF;

        assertThatThrownBy(() -> WebpMetadata.strip(webp)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("RIFF size");
    }

    @Test
    void aChunkThatRunsPastTheRiffIsRefused() {
        byte[] webp = SampleFiles.TINY_WEBP.clone();
        webp[16] = 0x40;

        assertThatThrownBy(() -> WebpMetadata.strip(webp)).isInstanceOf(MalformedFileException.class);
    }

    @Test
    void aWebpWithOnlyMetadataAndNoImageIsRefused() {
        byte[] onlyExif = SampleFiles.webp(SampleFiles.riffChunk("EXIF", new byte[]{'M', 'M'}));

        assertThatThrownBy(() -> WebpMetadata.strip(onlyExif)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("no image");
    }
}
