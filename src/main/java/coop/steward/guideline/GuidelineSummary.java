package coop.steward.guideline;

import coop.steward.guideline.model.Guideline;
import io.micronaut.serde.annotation.Serdeable;

/** A guideline in the list: what it is and how many criteria it has. */
@Serdeable
record GuidelineSummary(String id, String version, String title, String publisher, int criteria) {

    static GuidelineSummary of(Guideline guideline) {
        return new GuidelineSummary(guideline.id(), guideline.version(), guideline.title(), guideline.publisher(),
                guideline.criteria().size());
    }
}
