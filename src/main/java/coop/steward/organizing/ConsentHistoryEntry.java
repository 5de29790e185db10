package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One change of a worker's consent, as the worker reads it back. */
@Serdeable
public record ConsentHistoryEntry(UUID organizationId, String organizationName, ConsentChange change,
                                  Instant occurredAt) {
}
