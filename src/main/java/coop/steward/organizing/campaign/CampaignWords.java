package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;

import java.util.Locale;
import java.util.ResourceBundle;

/** A campaign letter's own words in one of Steward's languages ({@code i18n/campaign_*.properties}). */
final class CampaignWords {

    private final ResourceBundle bundle;

    CampaignWords(Language language) {
        // No fallback: a missing language fails loudly rather than printing the machine's default one.
        this.bundle = ResourceBundle.getBundle("i18n.campaign", Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** A text with its {0}, {1} ... filled in by plain replacement, so apostrophes need no quoting. */
    String format(String key, Object... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
