package coop.steward.grievance;

import coop.steward.common.i18n.Phrasebook;
import coop.steward.common.validation.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts a letter's facts into its words, in the worker's language, from {@code i18n/letters_*.properties}. */
final class LetterComposer {

    static final Phrasebook WORDS = Phrasebook.load("letters");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private LetterComposer() {
    }

    static ComposedLetter compose(LetterFacts facts) {
        Language language = facts.language();
        Map<String, String> values = values(facts, language);
        List<String> header = new ArrayList<>();
        header.add(fill(language, "header.from", values));
        header.add(fill(language, "header.date", values));
        header.add(fill(language, "header.to", values));
        if (facts.senderReference() != null) {
            header.add(fill(language, "header.reference", values));
        }
        if (facts.engagement() != null) {
            header.add(fill(language, "header.engagement", values));
        }
        header.add(fill(language, "header.subject", values));

        String key = facts.kind().key();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(WORDS.phrase(language, "salutation"));
        switch (facts.kind()) {
            case SUBJECT_ACCESS_REQUEST -> {
                for (String part : List.of("p1", "p2", "p3", "p4")) {
                    paragraphs.add(fill(language, key + "." + part, values));
                }
                if (facts.senderReference() == null) {
                    paragraphs.add(fill(language, key + ".p5", values));
                }
            }
            case AUTOMATED_DECISION_EXPLANATION -> {
                paragraphs.add(fill(language, key + ".p1", values));
                paragraphs.add(fill(language, key + ".p2", values));
                paragraphs.add(fill(language, key + ".p3", values));
                paragraphs.add(WORDS.phrase(language, key + ".view") + "\n" + facts.narrative().strip());
                paragraphs.add(fill(language, key + ".p4", values));
            }
            case PAYMENT_DEMAND -> {
                paragraphs.add(fill(language, key + ".p1", values) + "\n" + facts.narrative().strip());
                paragraphs.add(fill(language, key + ".p2", values)
                        + (facts.receivedSoFar() == null ? "" : " " + fill(language, key + ".received", values)));
                paragraphs.add(fill(language, key + ".p3", values));
                paragraphs.add(fill(language, key + ".p4", values));
            }
        }
        paragraphs.add(WORDS.phrase(language, "closing") + "\n" + facts.sender());
        return new ComposedLetter(facts.language(), WORDS.phrase(language, key + ".title"), header, paragraphs);
    }

    static String date(LocalDate date, Language language) {
        return DateTimeFormatter.ofPattern(WORDS.phrase(language, "format.date"),
                Locale.forLanguageTag(language.code())).format(date);
    }

    private static Map<String, String> values(LetterFacts facts, Language language) {
        Map<String, String> values = new HashMap<>();
        values.put("sender", facts.sender());
        values.put("recipient", facts.recipient());
        values.put("reference", String.valueOf(facts.senderReference()));
        values.put("engagement", String.valueOf(facts.engagement()));
        values.put("category", WORDS.phrase(language, "category." + facts.category().name()));
        values.put("date", date(facts.happenedOn(), facts.language()));
        values.put("issuedOn", date(facts.issuedOn(), facts.language()));
        values.put("respondBy", date(facts.respondBy(), facts.language()));
        if (facts.amountOwed() != null) {
            values.put("amount", facts.amountOwed().format(facts.language()));
        }
        if (facts.receivedSoFar() != null) {
            values.put("received", facts.receivedSoFar().format(facts.language()));
        }
        return values;
    }

    private static String fill(Language language, String key, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(WORDS.phrase(language, key));
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(key + " uses {" + matcher.group(1) + "}, which this letter has no value for");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
