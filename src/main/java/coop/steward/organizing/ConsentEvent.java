package coop.steward.organizing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A grant, a withdrawal, a join or a leave, kept with its time; never changed once written. */
@MappedEntity("consent_event")
record ConsentEvent(@Id UUID id, UUID organizationId, UUID workerId, ConsentChange changeKind, Instant occurredAt) {
}
