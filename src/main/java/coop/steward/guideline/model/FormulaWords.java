package coop.steward.guideline.model;

import coop.steward.common.validation.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words around the worker's numbers in a finding's formula, in each language a pack is made in, from
 * {@code i18n/formula_<language>.properties} like the pack's other texts. The numbers, dates, ISO weeks and money
 * keep one spelling in every language, so a formula can be checked against the records.
 */
final class FormulaWords {

    private static final Map<Language, Map<String, String>> BY_LANGUAGE = load();

    private final Map<String, String> words;

    FormulaWords(Language language) {
        this.words = BY_LANGUAGE.get(language);
    }

    /** The phrase with {@code {0}}, {@code {1}}, … replaced by the arguments, in order. */
    String format(String key, Object... arguments) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no formula words for " + key);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    static Map<Language, Map<String, String>> all() {
        return BY_LANGUAGE;
    }

    /** Read as plain properties, not through MessageFormat, so that an apostrophe ("l'évaluation") stays one. */
    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = "i18n/formula_" + language.code() + ".properties";
            try (InputStream in = FormulaWords.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> words = new HashMap<>();
                properties.stringPropertyNames().forEach(key -> words.put(key, properties.getProperty(key)));
                byLanguage.put(language, Map.copyOf(words));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return Map.copyOf(byLanguage);
    }
}
