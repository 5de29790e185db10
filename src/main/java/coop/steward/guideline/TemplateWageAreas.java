package coop.steward.guideline;

import coop.steward.guideline.model.WageArea;
import coop.steward.ledger.WageAreas;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.stream.Collectors;

/** The wage areas the loaded wage tables list, for the ledger to check the area a gig names. */
@Singleton
final class TemplateWageAreas implements WageAreas {

    private final PolicyTemplates templates;

    TemplateWageAreas(PolicyTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Set<String> of(String jurisdiction) {
        return templates.tables().wages().areas(jurisdiction).stream().map(WageArea::id).collect(Collectors.toSet());
    }
}
