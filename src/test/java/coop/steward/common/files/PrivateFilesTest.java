package coop.steward.common.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated secret lands whole, readable by its owner only, even after a write that was killed halfway. */
class PrivateFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecretIsWrittenWholeAndOnlyItsOwnerCanReadIt() throws Exception {
        Path secret = dataDir.resolve("jwt-secret");

        PrivateFiles.write(secret, "first".getBytes(StandardCharsets.US_ASCII));

        assertThat(Files.readString(secret)).isEqualTo("first");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(dataDir.resolve("jwt-secret.partial")).doesNotExist();
    }

    @Test
    void halfAFileLeftByAKilledWriteNeverBecomesTheSecretAndTheNextWriteSucceeds() throws Exception {
        Path keystore = dataDir.resolve("signing-keystore.p12");
        Files.writeString(dataDir.resolve("signing-keystore.p12.partial"), "half a keyst");
        assertThat(keystore).as("a killed write leaves no keystore for the next start to refuse").doesNotExist();

        PrivateFiles.write(keystore, "a whole keystore".getBytes(StandardCharsets.US_ASCII));

        assertThat(Files.readString(keystore)).isEqualTo("a whole keystore");
        assertThat(dataDir.resolve("signing-keystore.p12.partial")).doesNotExist();
    }
}
