package coop.steward.ledger;

import coop.steward.record.RevisionView;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.record.RevisionLog;
import coop.steward.record.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A worker's work sessions: recorded, corrected and deleted through the revision log. */
@Singleton
public class Sessions {

    static final Duration LONGEST = Duration.ofHours(24);
    static final Duration LATE_AFTER = Duration.ofHours(72);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SessionRepository sessions;
    private final Engagements engagements;
    private final RevisionLog log;
    private final Clock clock;

    Sessions(SessionRepository sessions, Engagements engagements, RevisionLog log, Clock clock) {
        this.sessions = sessions;
        this.engagements = engagements;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public WriteOutcome<SessionView> put(UUID workerId, UUID id, @Nullable Integer ifMatch, SessionRequest request) {
        check(request);
        engagements.requireOwn(workerId, request.engagementId(), "engagementId");
        return log.put(workerId, id, ifMatch, sessions,
                (revision, recordedAt) -> revision(workerId, id, revision, recordedAt, request)).map(WorkSession::view);
    }

    @Transactional
    public WriteOutcome<SessionView> delete(UUID workerId, UUID id, @Nullable Integer ifMatch) {
        return log.delete(workerId, id, ifMatch, sessions,
                (revision, recordedAt) -> sessions.current(id).orElseThrow()
                        .tombstone(revision, recordedAt, UuidV7.generate(clock))).map(WorkSession::view);
    }

    @Transactional(readOnly = true)
    public Optional<SessionView> find(UUID workerId, UUID id) {
        return sessions.liveOf(workerId, id).map(WorkSession::view);
    }

    /** The worker's live sessions that started in {@code [from, to)}; all of them when both are null. */
    @Transactional(readOnly = true)
    public List<SessionView> list(UUID workerId, @Nullable Instant from, @Nullable Instant to) {
        List<WorkSession> found = from == null && to == null
                ? sessions.findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByStartedAt(workerId)
                : sessions.findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseAndStartedAtGreaterThanEqualsAndStartedAtLessThanOrderByStartedAt(
                        workerId, from == null ? Instant.EPOCH : from, to == null ? Instant.parse("9999-01-01T00:00:00Z") : to);
        return found.stream().map(WorkSession::view).toList();
    }

    @Transactional(readOnly = true)
    public List<RevisionView<SessionView>> history(UUID workerId, UUID id) {
        List<WorkSession> revisions = sessions.historyOf(workerId, id);
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("Session");
        }
        return revisions.stream().map(revision -> RevisionView.of(revision, revision.view())).toList();
    }

    /** The rules a session must keep beyond each field's own limits; also used by the CSV import. */
    public void check(SessionRequest request) {
        Instant now = clock.instant();
        if (request.startedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("startedAt", "must not be in the future");
        }
        long minutes = request.paidMinutes();
        for (UnpaidCategory category : UnpaidCategory.values()) {
            minutes += request.unpaid(category);
        }
        if (request.endedAt() == null) {
            return;
        }
        if (!request.endedAt().isAfter(request.startedAt())) {
            throw ProblemException.invalid("endedAt", "must be after startedAt");
        }
        if (request.endedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("endedAt", "must not be in the future");
        }
        Duration length = Duration.between(request.startedAt(), request.endedAt());
        if (length.compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("endedAt", "a session may last at most 24 hours; split longer work");
        }
        if (minutes > length.toMinutes()) {
            throw ProblemException.invalid("paidMinutes", "paid and unpaid minutes add up to " + minutes
                    + ", more than the " + length.toMinutes() + " minutes between startedAt and endedAt");
        }
    }

    private WorkSession revision(UUID workerId, UUID id, int revision, Instant recordedAt, SessionRequest request) {
        boolean late = request.endedAt() != null && recordedAt.isAfter(request.endedAt().plus(LATE_AFTER));
        String note = request.note() == null || request.note().isBlank() ? null : request.note();
        return new WorkSession(UuidV7.generate(clock), id, revision, workerId, true, false, recordedAt, late,
                request.engagementId(), request.startedAt(), request.endedAt(), request.timeZone(),
                request.paidMinutes(),
                request.unpaid(UnpaidCategory.ONBOARDING_AND_TESTS),
                request.unpaid(UnpaidCategory.INSTRUCTIONS_AND_TRAINING),
                request.unpaid(UnpaidCategory.WAITING_FOR_TASKS),
                request.unpaid(UnpaidCategory.PAUSED_RESEARCH),
                request.unpaid(UnpaidCategory.REWORK),
                request.unpaid(UnpaidCategory.REJECTED_OR_DISPUTED),
                request.unpaid(UnpaidCategory.ADMIN),
                request.tasksDone(), request.tasksRejected(), request.taskEstimateMinutes(),
                request.exposure() == null ? Exposure.NONE : request.exposure(), request.supportOffered(), note);
    }
}
