package coop.steward.vendor.publicregistry;

import coop.steward.common.validation.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The registry page's words in one of Steward's languages, from {@code i18n/registry_<language>.properties}. */
final class RegistryWords {

    private static final Map<Language, Map<String, String>> BY_LANGUAGE = load();

    private final Language language;
    private final Map<String, String> words;

    RegistryWords(Language language) {
        this.language = language;
        this.words = BY_LANGUAGE.get(language);
    }

    Language language() {
        return language;
    }

    /** The phrase with each {@code {name}} replaced by its value; values are plain text, escaped by the caller. */
    String get(String key, Object... namesAndValues) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no registry words for " + key);
        }
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    /** A day in UTC, spelt the way the language writes dates. */
    String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language.code()))
                .format(day);
    }

    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag(language.code())).format(month);
    }

    static Map<Language, Map<String, String>> all() {
        return BY_LANGUAGE;
    }

    /** Read as plain properties, not through MessageFormat, so that an apostrophe stays one. */
    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = "i18n/registry_" + language.code() + ".properties";
            try (InputStream in = RegistryWords.class.getClassLoader().getResourceAsStream(resource)) {
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
