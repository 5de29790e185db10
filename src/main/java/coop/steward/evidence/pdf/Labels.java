package coop.steward.evidence.pdf;

import coop.steward.common.i18n.Phrasebook;
import coop.steward.common.validation.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The pack's words and date formats in one of Steward's languages ({@code i18n/evidence_*.properties}). */
public final class Labels {

    static final Phrasebook WORDS = Phrasebook.load("evidence");

    private final Language language;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Labels(Language language) {
        this.locale = Locale.forLanguageTag(language.code());
        this.language = language;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return WORDS.phrase(language, key);
    }

    /** A label with its {0}, {1} ... filled in; plain replacement, so apostrophes need no MessageFormat quoting. */
    public String format(String key, Object... arguments) {
        return WORDS.format(language, key, arguments);
    }

    /** A day in the language's long form, its parts held together so that no line break ever splits a date. */
    public String date(LocalDate day) {
        return date.format(day).replace(' ', PageFlow.KEEP_TOGETHER);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        return dateTime.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
