package coop.steward.account;

import coop.steward.evidence.TestKeys;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ProdSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void productionRefusesToStartWithoutAJwtSecretAndSaysWhichVariableToSet() {
        Throwable refused = catchThrowable(() -> startProd(settings()).close());

        assertThat(refused).isNotNull();
        assertThat(refused).rootCause().hasMessageContaining("JWT_SECRET");
    }

    @Test
    void productionStartsWithASecretOfThirtyTwoBytesOrMoreAndWritesNoGeneratedOne() {
        Map<String, Object> settings = settings();
        settings.put("steward.jwt.secret", "a production secret of at least 32 bytes");

        try (ApplicationContext context = startProd(settings)) {
            assertThat(context.isRunning()).isTrue();
            assertThat(context.getBean(JwtSigningSecret.class).value()).isEqualTo(settings.get("steward.jwt.secret"));
        }
        assertThat(Files.exists(dataDir.resolve("jwt-secret"))).isFalse();
    }

    @Test
    void productionRefusesASecretShorterThanThirtyTwoBytes() {
        Map<String, Object> settings = settings();
        settings.put("steward.jwt.secret", "hunter2-is-too-short");

        Throwable refused = catchThrowable(() -> startProd(settings).close());

        assertThat(refused).rootCause().hasMessageContaining("JWT_SECRET").hasMessageContaining("32 bytes");
    }

    /** Only "prod": the test environment, which carries a secret of its own, must not be deduced. */
    private static ApplicationContext startProd(Map<String, Object> settings) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("prod")
                .properties(settings)
                .start();
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", "jdbc:h2:mem:prod-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        settings.put("datasources.default.username", "sa");
        settings.put("datasources.default.password", "");
        settings.put("steward.data-dir", dataDir.toString());
        // Prod also needs the evidence-pack signing keystore; given here so only the JWT secret is in question.
        settings.put("steward.signing.keystore", TestKeys.keystore(dataDir, "Steward test instance").toString());
        settings.put("steward.signing.keystore-password", TestKeys.password());
        settings.put("steward.public-url", "https://steward.example.coop");
        return settings;
    }
}
