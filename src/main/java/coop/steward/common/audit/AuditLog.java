package coop.steward.common.audit;

import coop.steward.common.id.UuidV7;
import coop.steward.common.time.Instants;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes and reads the audit log, which every access to worker data by someone else must pass through. */
@Singleton
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(@Nullable UUID actorId, @Nullable ActorRole actorRole, String action,
                       @Nullable String subjectKind, @Nullable UUID subjectId) {
        record(actorId, actorRole == null ? null : actorRole.name(), action, subjectKind, subjectId);
    }

    /** The same, for a role known only by the name a sign-in token carries. */
    public void record(@Nullable UUID actorId, @Nullable String actorRole, String action,
                       @Nullable String subjectKind, @Nullable UUID subjectId) {
        events.save(new AuditEvent(UuidV7.generate(clock), Instants.now(clock), actorId, actorRole, action,
                subjectKind, subjectId, null));
    }

    /** Records that someone other than the worker read something derived from the worker's data. */
    public void recordRead(UUID actorId, ActorRole actorRole, String action, String subjectKind, UUID subjectId,
                           UUID ownerId) {
        events.save(new AuditEvent(UuidV7.generate(clock), Instants.now(clock), actorId, actorRole.name(), action,
                subjectKind, subjectId, ownerId));
    }

    /**
     * Removes every line that names a person who erased their account, and keeps one line, naming nobody,
     * that an erasure happened.
     */
    public void forget(UUID personId, String erasureAction) {
        events.deleteByActorId(personId);
        events.deleteBySubjectId(personId);
        events.deleteByOwnerId(personId);
        record(null, (ActorRole) null, erasureAction, null, null);
    }

    public List<Entry> byAction(String action) {
        return events.findByActionOrderByOccurredAt(action).stream().map(AuditLog::entry).toList();
    }

    public List<Entry> bySubject(UUID subjectId) {
        return events.findBySubjectIdOrderByOccurredAt(subjectId).stream().map(AuditLog::entry).toList();
    }

    /** What others read of this person's data, newest first. */
    public List<Entry> readsOf(UUID ownerId) {
        return events.findByOwnerIdOrderByOccurredAtDesc(ownerId).stream().map(AuditLog::entry).toList();
    }

    private static Entry entry(AuditEvent event) {
        return new Entry(event.occurredAt(), event.actorId(), event.actorRole(), event.action(), event.subjectKind(),
                event.subjectId());
    }

    /** An audit line as other features read it. */
    public record Entry(Instant occurredAt, @Nullable UUID actorId, @Nullable String actorRole, String action,
                        @Nullable String subjectKind, @Nullable UUID subjectId) {
    }
}
