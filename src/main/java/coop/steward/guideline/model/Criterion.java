package coop.steward.guideline.model;

/**
 * One requirement of a guideline. A criterion no worker record can measure has {@code measurable} false and no
 * metric, comparator or threshold: vendors' answers alone assess it.
 */
public record Criterion(
        String id,
        String principle,
        String text,
        String source,
        String section,
        boolean measurable,
        Metric metric,
        Comparator comparator,
        Threshold threshold,
        String unit,
        Severity severity,
        String question) {

    public String citation() {
        return source + ", " + section;
    }
}
