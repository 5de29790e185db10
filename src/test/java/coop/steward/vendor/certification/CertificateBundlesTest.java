package coop.steward.vendor.certification;

import coop.steward.common.validation.Language;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate's words exist in every language, with the same places to fill in, and are translated. */
class CertificateBundlesTest {

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("i18n.certificate", Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyLanguageHasEveryPhraseWithTheSamePlaceholders() {
        ResourceBundle english = bundle(Language.EN);
        for (Language language : Language.values()) {
            ResourceBundle other = bundle(language);
            assertThat(new TreeSet<>(other.keySet())).as(language.code()).isEqualTo(new TreeSet<>(english.keySet()));
            for (String key : english.keySet()) {
                assertThat(placeholders(other.getString(key))).as(language.code() + " " + key)
                        .isEqualTo(placeholders(english.getString(key)));
            }
        }
    }

    @Test
    void theCertificateIsTranslatedNotLeftInEnglish() {
        for (Language language : Set.of(Language.FR, Language.ES, Language.SW)) {
            assertThat(bundle(language).getString("certificate.intro")).isNotEqualTo(bundle(Language.EN).getString("certificate.intro"));
            assertThat(bundle(language).getString("attestation.statement"))
                    .isNotEqualTo(bundle(Language.EN).getString("attestation.statement"));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
