package coop.steward.organizing.dashboard;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The k an organization's figures are published with. */
@Serdeable
record DisclosureView(UUID organizationId, int k) {
}
