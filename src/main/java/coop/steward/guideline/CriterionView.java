package coop.steward.guideline;

import coop.steward.guideline.model.Criterion;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

/** One criterion, with its metric, comparator and threshold in the templates' own words. */
@Serdeable
public record CriterionView(String id, String principle, String text, String source, String section, boolean measurable,
                     String metric, String comparator, String threshold, String unit, String severity, String question) {

    static CriterionView of(Criterion criterion) {
        return new CriterionView(criterion.id(), criterion.principle(), criterion.text(), criterion.source(),
                criterion.section(), criterion.measurable(),
                criterion.metric() == null ? null : criterion.metric().key(),
                criterion.comparator() == null ? null : criterion.comparator().key(),
                criterion.threshold() == null ? null : criterion.threshold().toString(), criterion.unit(),
                criterion.severity().name().toLowerCase(Locale.ROOT), criterion.question());
    }
}
