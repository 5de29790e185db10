package coop.steward.organizing.collective;

import coop.steward.common.i18n.Phrasebook;
import coop.steward.common.validation.Language;

import java.util.Map;

/**
 * The words of collective packs and aggregate findings in each language ({@code i18n/collective_<language>.properties}).
 * Numbers, money and dates in formulas keep one spelling in every language, so a formula can be checked.
 */
final class CollectiveWords {

    private static final Phrasebook PHRASES = Phrasebook.load("collective");

    private final Language language;

    CollectiveWords(Language language) {
        this.language = language;
    }

    boolean has(String key) {
        return PHRASES.has(language, key);
    }

    /** The phrase with {@code {0}}, {@code {1}}, … replaced by the arguments; plain replacement, no MessageFormat quoting. */
    String format(String key, Object... arguments) {
        return PHRASES.format(language, key, arguments);
    }

    static Map<Language, Map<String, String>> all() {
        return PHRASES.all();
    }
}
