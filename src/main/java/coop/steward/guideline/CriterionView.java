package coop.steward.guideline;

import coop.steward.common.validation.Language;
import coop.steward.guideline.model.Criterion;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

/** One criterion in one language, with its metric, comparator and threshold in the templates' own words. */
@Serdeable
public record CriterionView(String id, String principle, String text, String source, String section, boolean measurable,
                     String metric, String comparator, String threshold, String unit, String severity, String question) {

    static CriterionView of(Criterion criterion, Language language) {
        return new CriterionView(criterion.id(), criterion.principle(language), criterion.text(language), criterion.source(),
                criterion.section(), criterion.measurable(),
                criterion.metric() == null ? null : criterion.metric().key(),
                criterion.comparator() == null ? null : criterion.comparator().key(),
                criterion.threshold() == null ? null : criterion.threshold().toString(), criterion.unit(language),
                criterion.severity().name().toLowerCase(Locale.ROOT), criterion.question(language));
    }
}
