package coop.steward.common.i18n;

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
 * One kind of server-side phrases in every language Steward speaks, from {@code i18n/<name>_<language>.properties}.
 * Read as plain properties, not through MessageFormat, so that an apostrophe ("l'évaluation") stays one; a missing
 * bundle stops the start-up rather than a pack half-way.
 */
public final class Phrasebook {

    private final String name;
    private final Map<Language, Map<String, String>> byLanguage;

    private Phrasebook(String name, Map<Language, Map<String, String>> byLanguage) {
        this.name = name;
        this.byLanguage = byLanguage;
    }

    public static Phrasebook load(String name) {
        Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = "i18n/" + name + "_" + language.code() + ".properties";
            try (InputStream in = Phrasebook.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> phrases = new HashMap<>();
                properties.stringPropertyNames().forEach(key -> phrases.put(key, properties.getProperty(key)));
                byLanguage.put(language, Map.copyOf(phrases));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return new Phrasebook(name, Map.copyOf(byLanguage));
    }

    /** Every phrase of every language, for the tests that hold the languages in step. */
    public Map<Language, Map<String, String>> all() {
        return byLanguage;
    }

    public boolean has(Language language, String key) {
        return byLanguage.get(language).containsKey(key);
    }

    /** The phrase as written, placeholders and all. */
    public String phrase(Language language, String key) {
        String text = byLanguage.get(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no " + name + " phrase for " + key);
        }
        return text;
    }

    /** The phrase with {@code {0}}, {@code {1}}, … replaced by the arguments, in order. */
    public String format(Language language, String key, Object... arguments) {
        String text = phrase(language, key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
