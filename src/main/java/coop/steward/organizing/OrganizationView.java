package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An organization's public face: what a worker sees before and after joining it. */
@Serdeable
public record OrganizationView(UUID id, String name, OrganizationKind kind, String country, String description,
                               Instant createdAt) {
}
