package coop.steward.guideline.model;

import java.util.List;
import java.util.Optional;

/** A versioned fair-work guideline: the Fairwork principles, the PAI guidelines, or an organization's own. */
public record Guideline(String id, String version, String title, String publisher, String summary, Source source,
                        List<Criterion> criteria) {

    public Guideline {
        criteria = List.copyOf(criteria);
    }

    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(criterion -> criterion.id().equals(criterionId)).findFirst();
    }
}
