package coop.steward.common.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log: who did what to which kind of record, never the record's contents. */
@MappedEntity("audit_event")
record AuditEvent(
        @Id UUID id,
        Instant occurredAt,
        @Nullable UUID actorId,
        @Nullable String actorRole,
        String action,
        @Nullable String subjectKind,
        @Nullable UUID subjectId,
        @Nullable UUID ownerId) {
}
