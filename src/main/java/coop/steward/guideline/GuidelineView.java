package coop.steward.guideline;

import coop.steward.common.validation.Language;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.Source;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A guideline with its criteria, as templates write them; also how an organization's own guideline is shown. */
@Serdeable
public record GuidelineView(String id, String version, String title, String publisher, String summary, Source source,
                     List<CriterionView> criteria) {

    public static GuidelineView of(Guideline guideline) {
        return of(guideline, Language.EN);
    }

    /** Criteria's principles, texts and units in the language asked for. */
    public static GuidelineView of(Guideline guideline, Language language) {
        return new GuidelineView(guideline.id(), guideline.version(), guideline.title(), guideline.publisher(),
                guideline.summary(), guideline.source(), guideline.criteria().stream().map(criterion -> CriterionView.of(criterion, language)).toList());
    }
}
