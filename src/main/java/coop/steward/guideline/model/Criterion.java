package coop.steward.guideline.model;

import coop.steward.common.validation.Language;

/**
 * One requirement of a guideline. A criterion no worker record can measure has {@code measurable} false and no
 * metric, comparator or threshold: vendors' answers alone assess it. Its principle, text and unit are given in
 * every language ({@code unit} is null where a metric's unit goes without saying, as for effective pay), and so is the
 * question a vendor answers to self-certify it (null only in an organization's own guideline that gives none).
 */
public record Criterion(
        String id,
        Localized principle,
        Localized text,
        String source,
        String section,
        boolean measurable,
        Metric metric,
        Comparator comparator,
        Threshold threshold,
        Localized unit,
        Severity severity,
        Localized question) {

    public String principle(Language language) {
        return principle.in(language);
    }

    public String text(Language language) {
        return text.in(language);
    }

    /** Null when the criterion names no unit. */
    public String unit(Language language) {
        return unit == null ? null : unit.in(language);
    }

    /** The vendor's question in that language; null when the guideline gives none. */
    public String question(Language language) {
        return question == null ? null : question.in(language);
    }

    public String citation() {
        return source + ", " + section;
    }
}
