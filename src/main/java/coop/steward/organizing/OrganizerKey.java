package coop.steward.organizing;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** Which organizer sits in which organization. */
@Embeddable
record OrganizerKey(@MappedProperty("organization_id") UUID organizationId,
                    @MappedProperty("account_id") UUID accountId) {
}
