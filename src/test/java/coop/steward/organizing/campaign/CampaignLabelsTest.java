package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A campaign letter's words exist in every language with the same placeholders, and are read in the letter's language. */
class CampaignLabelsTest {

    private static Properties load(Language language) throws IOException {
        String resource = "/i18n/campaign_" + language.code() + ".properties";
        try (InputStream in = CampaignLabelsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyKeyExistsInEveryLanguageWithTheSamePlaceholdersAndNoneIsBlank() throws IOException {
        Properties english = load(Language.EN);
        for (Language language : Language.values()) {
            Properties translated = load(language);
            assertThat(translated.stringPropertyNames()).as("keys of %s", language.code())
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(translated.getProperty(key)).as("%s in %s", key, language.code()).isNotBlank();
                for (String placeholder : new String[] {"{0}", "{1}", "{2}", "{3}"}) {
                    assertThat(translated.getProperty(key).contains(placeholder))
                            .as("%s in %s of %s", placeholder, key, language.code())
                            .isEqualTo(english.getProperty(key).contains(placeholder));
                }
            }
        }
    }

    @Test
    void theLetterSpeaksTheLanguageAskedForNotTheMachines() {
        assertThat(new CampaignWords(Language.SW).format("letter.count", 7, "Muungano"))
                .isEqualTo("Wanachama 7 wa Muungano wametia sahihi barua hii.");
        assertThat(new CampaignWords(Language.FR).get("letter.demand")).isEqualTo("Notre revendication");
    }
}
