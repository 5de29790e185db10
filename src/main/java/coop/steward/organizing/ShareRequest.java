package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The organization to share a grievance with. */
@Serdeable
record ShareRequest(@NotNull UUID organizationId) {
}
