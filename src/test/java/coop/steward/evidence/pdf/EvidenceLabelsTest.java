package coop.steward.evidence.pdf;

import coop.steward.common.validation.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceLabelsTest {

    private static Properties load(Language language) throws IOException {
        String resource = "/i18n/evidence_" + language.code() + ".properties";
        try (InputStream in = EvidenceLabelsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyKeyExistsInEveryLanguageAndNoneIsBlank() throws IOException {
        Set<String> english = load(Language.EN).stringPropertyNames();
        Map<String, Set<String>> keys = new TreeMap<>();
        for (Language language : Language.values()) {
            Properties properties = load(language);
            keys.put(language.code(), properties.stringPropertyNames());
            assertThat(properties.stringPropertyNames().stream().filter(k -> properties.getProperty(k).isBlank())
                    .collect(Collectors.toSet())).as("blank labels in %s", language.code()).isEmpty();
        }
        keys.forEach((code, set) -> assertThat(set).as("keys of %s", code).containsExactlyInAnyOrderElementsOf(english));
    }

    @Test
    void placeholdersAreKeptInEveryTranslation() throws IOException {
        Properties english = load(Language.EN);
        for (Language language : Language.values()) {
            Properties translated = load(language);
            for (String key : english.stringPropertyNames()) {
                for (String placeholder : new String[] {"{0}", "{1}"}) {
                    assertThat(translated.getProperty(key).contains(placeholder))
                            .as("%s in %s of %s", placeholder, key, language.code())
                            .isEqualTo(english.getProperty(key).contains(placeholder));
                }
            }
        }
    }

    @Test
    void theBundleIsReadInTheLanguageAskedForNotTheMachines() {
        assertThat(new Labels(Language.SW).format("pack.page", 2, 9)).isEqualTo("Ukurasa 2 kati ya 9");
        assertThat(new Labels(Language.FR).format("pack.page", 2, 9)).isEqualTo("Page 2 sur 9");
        assertThat(new Labels(Language.ES).get("status.BREACHED")).isEqualTo("Incumple");
    }
}
