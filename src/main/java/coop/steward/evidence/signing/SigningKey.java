package coop.steward.evidence.signing;

import coop.steward.common.config.DataDirectory;
import coop.steward.common.digest.Sha256;
import coop.steward.common.files.PrivateFiles;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The instance's key for signing evidence packs. Production must be given a PKCS#12 keystore
 * ({@code STEWARD_SIGNING_KEYSTORE}, {@code STEWARD_SIGNING_KEYSTORE_PASSWORD}, optional
 * {@code STEWARD_SIGNING_KEY_ALIAS}) and refuses to start without one; elsewhere a self-signed key is made
 * on first start and kept under the data directory, so packs made yesterday still verify today.
 */
@Context
public class SigningKey {

    static final String DEV_KEYSTORE = "signing-keystore.p12";
    static final String DEV_PASSWORD = "signing-keystore-password";

    private final CompletableFuture<Loaded> loaded;

    @Inject
    SigningKey(@Value("${steward.signing.keystore:}") String keystore,
               @Value("${steward.signing.keystore-password:}") String password,
               @Value("${steward.signing.alias:}") String alias,
               Environment environment, DataDirectory dataDirectory, Clock clock) {
        this.loaded = resolve(keystore, password, alias, environment, dataDirectory, clock);
    }

    /** Wraps a key already in hand, for tools and tests that sign outside the application context. */
    public static SigningKey of(PrivateKey key, List<X509Certificate> chain) {
        return new SigningKey(CompletableFuture.completedFuture(Loaded.of(key, List.copyOf(chain))));
    }

    /** Reads a key from a PKCS#12 file, as production does. */
    public static SigningKey fromKeystore(Path file, char[] password, String alias) {
        return new SigningKey(CompletableFuture.completedFuture(load(file, password, alias)));
    }

    private SigningKey(CompletableFuture<Loaded> loaded) {
        this.loaded = loaded;
    }

    private static CompletableFuture<Loaded> resolve(String keystore, String password, String alias, Environment environment,
                                  DataDirectory dataDirectory, Clock clock) {
        if (!keystore.isBlank()) {
            return CompletableFuture.completedFuture(load(Path.of(keystore), password.toCharArray(), alias));
        }
        if (environment.getActiveNames().contains("prod")) {
            throw new ConfigurationException("STEWARD_SIGNING_KEYSTORE is not set: the prod environment does not "
                    + "start without a keystore holding the key that signs evidence packs");
        }
        Path file = dataDirectory.resolve(DEV_KEYSTORE);
        char[] devPassword = devPassword(dataDirectory.resolve(DEV_PASSWORD));
        if (Files.exists(file)) {
            return CompletableFuture.completedFuture(load(file, devPassword, SelfSignedKeys.ALIAS));
        }
        // Finding an RSA 3072 key's primes took a tenth of the first start's CPU; nothing /health answers for
        // needs the key, so it is made beside the start, and the first pack signed waits for it (ready()).
        return CompletableFuture.supplyAsync(() -> {
            SelfSignedKeys.create(file, devPassword, "Steward evidence packs (development, self-signed)", clock.instant());
            return load(file, devPassword, SelfSignedKeys.ALIAS);
        }, task -> {
            Thread generation = new Thread(task, "signing-key-generation");
            generation.setDaemon(true);
            generation.start();
        });
    }

    private Loaded ready() {
        try {
            return loaded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("the signing key could not be made", e.getCause());
        }
    }

    /**
     * A stop right after a first start waits for the key being made: its thread writes into the data directory, and
     * nothing of the portal may still write there once it has stopped. A failure is reported where the key is used.
     */
    @PreDestroy
    void finishMakingTheKey() {
        try {
            loaded.join();
        } catch (CompletionException | CancellationException failed) {
            // Nothing to finish: the key was not made, and the next start makes it again.
        }
    }

    PrivateKey privateKey() {
        return ready().key();
    }

    public X509Certificate certificate() {
        return ready().chain().get(0);
    }

    public List<X509Certificate> chain() {
        return ready().chain();
    }

    /** The certificate's DER encoding, as a pack keeps it so that it still verifies after the key is rotated. */
    public byte[] certificateEncoded() {
        try {
            return certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the signing certificate cannot be encoded", e);
        }
    }

    /** SHA-256 of the certificate's DER encoding, lowercase hex: what a pack's integrity page prints. */
    public String certificateSha256() {
        return ready().certificateSha256();
    }

    private static Loaded load(Path file, char[] password, String alias) {
        if (!Files.isReadable(file)) {
            throw new ConfigurationException("the signing keystore " + file + " does not exist or cannot be read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias == null || alias.isBlank() ? firstKeyAlias(store, file) : alias;
            if (!store.isKeyEntry(chosen)) {
                throw new ConfigurationException("the signing keystore " + file + " has no key named " + chosen);
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            Certificate[] certificates = store.getCertificateChain(chosen);
            if (certificates == null || certificates.length == 0) {
                throw new ConfigurationException("the key " + chosen + " in " + file + " has no certificate");
            }
            List<X509Certificate> chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
            return Loaded.of(key, chain);
        } catch (IOException e) {
            throw new ConfigurationException("cannot open the signing keystore " + file
                    + " (is STEWARD_SIGNING_KEYSTORE_PASSWORD right?): " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("cannot read the signing key from " + file + ": " + e.getMessage());
        }
    }

    private static String firstKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new ConfigurationException("the signing keystore " + file + " holds no private key");
    }

    private static char[] devPassword(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            PrivateFiles.write(file, password.getBytes(StandardCharsets.US_ASCII));
            return password.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the signing keystore password in " + file, e);
        }
    }

    private record Loaded(PrivateKey key, List<X509Certificate> chain, String certificateSha256) {

        static Loaded of(PrivateKey key, List<X509Certificate> chain) {
            try {
                return new Loaded(key, chain, Sha256.hex(chain.get(0).getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new ConfigurationException("the signing certificate cannot be encoded: " + e.getMessage());
            }
        }
    }
}
