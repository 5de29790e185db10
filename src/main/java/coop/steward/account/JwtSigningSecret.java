package coop.steward.account;

import coop.steward.common.config.DataDirectory;
import coop.steward.common.files.PrivateFiles;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs access tokens. Production must be given one ({@code JWT_SECRET}) and refuses to start
 * without it; elsewhere one is generated on first start and kept under the data directory, so tokens
 * survive a restart and no default secret exists anywhere.
 */
@Context
final class JwtSigningSecret {

    static final int MIN_LENGTH = 32;
    private static final String FILE = "jwt-secret";

    private final String value;

    JwtSigningSecret(@Value("${steward.jwt.secret:}") String configured, Environment environment,
                     DataDirectory dataDirectory) {
        if (!configured.isBlank()) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_LENGTH) {
                throw new ConfigurationException("JWT_SECRET must be at least " + MIN_LENGTH + " bytes long");
            }
            this.value = configured;
        } else if (environment.getActiveNames().contains("prod")) {
            throw new ConfigurationException(
                    "JWT_SECRET is not set: the prod environment does not start without a token signing secret");
        } else {
            this.value = loadOrGenerate(dataDirectory.resolve(FILE));
        }
    }

    String value() {
        return value;
    }

    private static String loadOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            PrivateFiles.write(file, secret.getBytes(StandardCharsets.US_ASCII));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated JWT secret in " + file, e);
        }
    }
}
