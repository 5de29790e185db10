package coop.steward.organizing.dashboard;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An organization's own k, when it raised it above the default. */
@MappedEntity("organization_disclosure")
record OrganizationDisclosure(@Id UUID organizationId, int k, Instant updatedAt) {
}
