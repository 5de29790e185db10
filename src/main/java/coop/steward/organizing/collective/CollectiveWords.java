package coop.steward.organizing.collective;

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
 * The words of collective packs and aggregate findings in each language ({@code i18n/collective_<language>.properties}).
 * Numbers, money and dates in formulas keep one spelling in every language, so a formula can be checked.
 */
final class CollectiveWords {

    static final String RESOURCE = "i18n/collective_%s.properties";
    private static final Map<Language, Map<String, String>> BY_LANGUAGE = load();

    private final Map<String, String> words;

    CollectiveWords(Language language) {
        this.words = BY_LANGUAGE.get(language);
    }

    boolean has(String key) {
        return words.containsKey(key);
    }

    /** The phrase with {@code {0}}, {@code {1}}, … replaced by the arguments; plain replacement, no MessageFormat quoting. */
    String format(String key, Object... arguments) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no collective-pack words for " + key);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    static Map<Language, Map<String, String>> all() {
        return BY_LANGUAGE;
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = RESOURCE.formatted(language.code());
            try (InputStream in = CollectiveWords.class.getClassLoader().getResourceAsStream(resource)) {
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
