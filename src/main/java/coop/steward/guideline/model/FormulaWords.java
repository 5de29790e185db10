package coop.steward.guideline.model;

import coop.steward.common.i18n.Phrasebook;
import coop.steward.common.validation.Language;

import java.util.Map;

/**
 * The words around the worker's numbers in a finding's formula, in each language a pack is made in, from
 * {@code i18n/formula_<language>.properties} like the pack's other texts. The numbers, dates, ISO weeks and money
 * keep one spelling in every language, so a formula can be checked against the records.
 */
final class FormulaWords {

    private static final Phrasebook PHRASES = Phrasebook.load("formula");

    private final Language language;

    FormulaWords(Language language) {
        this.language = language;
    }

    /** The phrase with {@code {0}}, {@code {1}}, … replaced by the arguments, in order. */
    String format(String key, Object... arguments) {
        return PHRASES.format(language, key, arguments);
    }

    static Map<Language, Map<String, String>> all() {
        return PHRASES.all();
    }
}
