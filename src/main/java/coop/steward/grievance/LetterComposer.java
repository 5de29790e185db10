package coop.steward.grievance;

import coop.steward.common.validation.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts a letter's facts into its words, in the worker's language, from {@code i18n/letters_*.properties}. */
final class LetterComposer {

    static final String BUNDLE = "i18n.letters";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private LetterComposer() {
    }

    static ComposedLetter compose(LetterFacts facts) {
        ResourceBundle words = bundle(facts.language());
        Map<String, String> values = values(facts, words);
        List<String> header = new ArrayList<>();
        header.add(fill(words, "header.from", values));
        header.add(fill(words, "header.date", values));
        header.add(fill(words, "header.to", values));
        if (facts.senderReference() != null) {
            header.add(fill(words, "header.reference", values));
        }
        if (facts.engagement() != null) {
            header.add(fill(words, "header.engagement", values));
        }
        header.add(fill(words, "header.subject", values));

        String key = facts.kind().key();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(words.getString("salutation"));
        switch (facts.kind()) {
            case SUBJECT_ACCESS_REQUEST -> {
                for (String part : List.of("p1", "p2", "p3", "p4")) {
                    paragraphs.add(fill(words, key + "." + part, values));
                }
                if (facts.senderReference() == null) {
                    paragraphs.add(fill(words, key + ".p5", values));
                }
            }
            case AUTOMATED_DECISION_EXPLANATION -> {
                paragraphs.add(fill(words, key + ".p1", values));
                paragraphs.add(fill(words, key + ".p2", values));
                paragraphs.add(fill(words, key + ".p3", values));
                paragraphs.add(words.getString(key + ".view") + "\n" + facts.narrative().strip());
                paragraphs.add(fill(words, key + ".p4", values));
            }
            case PAYMENT_DEMAND -> {
                paragraphs.add(fill(words, key + ".p1", values) + "\n" + facts.narrative().strip());
                paragraphs.add(fill(words, key + ".p2", values)
                        + (facts.receivedSoFar() == null ? "" : " " + fill(words, key + ".received", values)));
                paragraphs.add(fill(words, key + ".p3", values));
                paragraphs.add(fill(words, key + ".p4", values));
            }
        }
        paragraphs.add(words.getString("closing") + "\n" + facts.sender());
        return new ComposedLetter(facts.language(), words.getString(key + ".title"), header, paragraphs);
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.code()), NO_FALLBACK);
    }

    static String date(LocalDate date, Language language) {
        return DateTimeFormatter.ofPattern(bundle(language).getString("format.date"),
                Locale.forLanguageTag(language.code())).format(date);
    }

    private static Map<String, String> values(LetterFacts facts, ResourceBundle words) {
        Map<String, String> values = new HashMap<>();
        values.put("sender", facts.sender());
        values.put("recipient", facts.recipient());
        values.put("reference", String.valueOf(facts.senderReference()));
        values.put("engagement", String.valueOf(facts.engagement()));
        values.put("category", words.getString("category." + facts.category().name()));
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

    private static String fill(ResourceBundle words, String key, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(words.getString(key));
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
