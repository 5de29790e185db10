package coop.steward.organizing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One uploaded version of an organization's own guideline, kept as the YAML that passed validation. */
@MappedEntity("organization_guideline")
record OrganizationGuideline(@Id UUID id, UUID organizationId, String guidelineId, int version, String title,
                             String sourceYaml, @Nullable UUID uploadedBy, Instant uploadedAt) {

    OrganizationGuidelineView view() {
        return new OrganizationGuidelineView(guidelineId, version, title, uploadedAt);
    }
}
