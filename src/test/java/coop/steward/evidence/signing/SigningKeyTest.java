package coop.steward.evidence.signing;

import coop.steward.evidence.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {

    @TempDir
    Path dataDir;

    private Map<String, Object> prodProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("steward.jwt.secret", "a production secret that is long enough for hs256");
        properties.put("steward.data-dir", dataDir.toString());
        properties.put("datasources.default.url", "jdbc:h2:mem:signing-key-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        properties.put("micronaut.server.port", -1);
        properties.put("steward.public-url", "https://steward.example.coop");
        return properties;
    }

    @Test
    void productionRefusesToStartWithoutASigningKeystore() {
        assertThatThrownBy(() -> ApplicationContext.run(prodProperties(), "prod").close())
                .isInstanceOf(BeanInstantiationException.class)
                .hasStackTraceContaining("STEWARD_SIGNING_KEYSTORE is not set");
        assertThat(dataDir.resolve(SigningKey.DEV_KEYSTORE)).doesNotExist();
    }

    @Test
    void productionSignsWithTheConfiguredKeystore() {
        Path keystore = TestKeys.keystore(dataDir, "Nairobi Workers Cooperative evidence packs");
        Map<String, Object> properties = prodProperties();
        properties.put("steward.signing.keystore", keystore.toString());
        properties.put("steward.signing.keystore-password", TestKeys.password());

        try (ApplicationContext context = ApplicationContext.run(properties, "prod")) {
            SigningKey key = context.getBean(SigningKey.class);
            assertThat(key.certificate().getSubjectX500Principal().getName())
                    .contains("CN=Nairobi Workers Cooperative evidence packs");
        }
        assertThat(dataDir.resolve(SigningKey.DEV_KEYSTORE)).doesNotExist();
    }

    @Test
    void aWrongKeystorePasswordStopsTheStartWithAReason() {
        Path keystore = TestKeys.keystore(dataDir, "Kansas City Labelers Union");
        Map<String, Object> properties = prodProperties();
        properties.put("steward.signing.keystore", keystore.toString());
        properties.put("steward.signing.keystore-password", "not the password");

        assertThatThrownBy(() -> ApplicationContext.run(properties, "prod").close())
                .hasStackTraceContaining("is STEWARD_SIGNING_KEYSTORE_PASSWORD right?");
    }

    @Test
    void elsewhereAKeyIsMadeOnFirstStartAndKeptForTheNext() throws Exception {
        Map<String, Object> properties = prodProperties();
        properties.remove("steward.jwt.secret");
        String first;
        try (ApplicationContext context = ApplicationContext.run(properties, "dev")) {
            first = context.getBean(SigningKey.class).certificateSha256();
        }
        assertThat(dataDir.resolve(SigningKey.DEV_KEYSTORE)).exists();
        assertThat(Files.getPosixFilePermissions(dataDir.resolve(SigningKey.DEV_PASSWORD)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        try (ApplicationContext context = ApplicationContext.run(properties, "dev")) {
            assertThat(context.getBean(SigningKey.class).certificateSha256()).isEqualTo(first);
        }
    }
}
