package coop.steward.organizing;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** Which worker belongs to which organization. */
@Embeddable
record MembershipKey(@MappedProperty("organization_id") UUID organizationId,
                     @MappedProperty("worker_id") UUID workerId) {
}
