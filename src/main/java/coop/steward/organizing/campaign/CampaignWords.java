package coop.steward.organizing.campaign;

import coop.steward.common.i18n.Phrasebook;
import coop.steward.common.validation.Language;

/** A campaign letter's own words in one of Steward's languages ({@code i18n/campaign_*.properties}). */
final class CampaignWords {

    private static final Phrasebook PHRASES = Phrasebook.load("campaign");

    private final Language language;

    CampaignWords(Language language) {
        this.language = language;
    }

    String get(String key) {
        return PHRASES.phrase(language, key);
    }

    /** A text with its {0}, {1} ... filled in by plain replacement, so apostrophes need no quoting. */
    String format(String key, Object... arguments) {
        return PHRASES.format(language, key, arguments);
    }
}
