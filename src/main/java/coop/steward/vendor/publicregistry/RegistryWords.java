package coop.steward.vendor.publicregistry;

import coop.steward.common.i18n.Phrasebook;
import coop.steward.common.validation.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/** The registry page's words in one of Steward's languages, from {@code i18n/registry_<language>.properties}. */
final class RegistryWords {

    private static final Phrasebook PHRASES = Phrasebook.load("registry");

    private final Language language;

    RegistryWords(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }

    /** The phrase with each {@code {name}} replaced by its value; values are plain text, escaped by the caller. */
    String get(String key, Object... namesAndValues) {
        String text = PHRASES.phrase(language, key);
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
        return PHRASES.all();
    }
}
