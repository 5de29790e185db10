package coop.steward.guideline.model;

import coop.steward.common.validation.Language;

/**
 * One requirement of a guideline. A criterion no worker record can measure has {@code measurable} false and no
 * metric, comparator or threshold: vendors' answers alone assess it. Its principle, text and unit are given in
 * every language ({@code unit} is null where a metric's unit goes without saying, as for effective pay).
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
        String question) {

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

    public String citation() {
        return source + ", " + section;
    }
}
