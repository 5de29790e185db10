package coop.steward.guideline.model;

import coop.steward.common.validation.Language;

import java.util.EnumMap;
import java.util.Map;

/** A text of a guideline in every language Steward speaks; templates must give all of them. */
public record Localized(Map<Language, String> texts) {

    public Localized {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(texts);
        for (Language language : Language.values()) {
            String text = copy.get(language);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("no " + language.code() + " text");
            }
        }
        texts = Map.copyOf(copy);
    }

    public String in(Language language) {
        return texts.get(language);
    }
}
