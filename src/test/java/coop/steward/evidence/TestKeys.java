package coop.steward.evidence;

import coop.steward.evidence.signing.SelfSignedKeys;
import coop.steward.evidence.signing.SigningKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Signing keys for tests: the instance's, and an impostor's that must never pass for it. */
public final class TestKeys {

    private static final char[] PASSWORD = "keystore passphrase for tests".toCharArray();
    private static SigningKey instance;
    private static SigningKey impostor;

    private TestKeys() {
    }

    public static synchronized SigningKey instance() {
        if (instance == null) {
            instance = create("Steward evidence packs (test instance)");
        }
        return instance;
    }

    public static synchronized SigningKey impostor() {
        if (impostor == null) {
            impostor = create("Steward evidence packs (test instance)");
        }
        return impostor;
    }

    /** A fresh PKCS#12 file holding a new key, as an operator would configure in production. */
    public static Path keystore(Path directory, String commonName) {
        Path file = directory.resolve(commonName.replaceAll("[^a-z]", "") + ".p12");
        SelfSignedKeys.create(file, PASSWORD, commonName, Instant.now());
        return file;
    }

    public static String password() {
        return new String(PASSWORD);
    }

    private static SigningKey create(String commonName) {
        try {
            Path directory = Files.createTempDirectory("steward-keys");
            Path file = keystore(directory, commonName);
            return SigningKey.fromKeystore(file, PASSWORD, SelfSignedKeys.ALIAS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
