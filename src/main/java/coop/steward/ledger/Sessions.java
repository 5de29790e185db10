package coop.steward.ledger;

import coop.steward.common.problem.Violation;
import coop.steward.common.validation.SupportedRange;
import coop.steward.record.Lateness;
import coop.steward.record.Revision;
import coop.steward.record.RevisionLog;
import coop.steward.record.RevisionedRecords;
import coop.steward.record.Rule;
import coop.steward.record.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A worker's work sessions: recorded, corrected and deleted through the revision log. */
@Singleton
public class Sessions extends RevisionedRecords<WorkSession, SessionView, SessionView> {

    /** An open end of a listing: from the first instant the ledger accepts, to just after the last one. */
    private static final Instant EARLIEST = SupportedRange.EARLIEST_INSTANT;
    private static final Instant AFTER_LATEST = SupportedRange.LATEST_INSTANT.plusNanos(1_000);

    private final SessionRows rows;
    private final Engagements engagements;
    private final Rule<SessionRequest> rules;

    Sessions(SessionRepository sessions, SessionRows rows, Engagements engagements, RevisionLog log, Clock clock) {
        super(sessions, rows, log, "Session");
        this.rows = rows;
        this.engagements = engagements;
        this.rules = SessionRules.all(clock);
    }

    /**
     * The gig is checked where the write is stored, under the worker's lock and with the writes stored beside it; a
     * request that breaks a rule is refused at once, with every violation, the gig's included.
     */
    public WriteOutcome<SessionView> put(UUID workerId, UUID id, @Nullable Integer ifMatch, SessionRequest request) {
        if (!rules.violationsOf(request).isEmpty()) {
            Rule.refuseIfAny(violationsOf(workerId, request));
        }
        return write(workerId, id, ifMatch, List.of(engagements.reference("engagementId", request.engagementId())),
                header -> revision(header, request));
    }

    /** The worker's live sessions that started in {@code [from, to)}; all of them when both are null. */
    @Transactional(readOnly = true)
    public List<SessionView> list(UUID workerId, @Nullable Instant from, @Nullable Instant to) {
        return rows.liveBetween(workerId, from == null ? EARLIEST : from, to == null ? AFTER_LATEST : to).stream()
                .map(WorkSession::view).toList();
    }

    @Override
    protected SessionView view(WorkSession revision) {
        return revision.view();
    }

    @Override
    protected SessionView historyView(WorkSession revision) {
        return revision.view();
    }

    @Override
    protected WorkSession tombstone(WorkSession current, Revision header) {
        return current.under(header);
    }

    /**
     * Every way the request breaks the rules a session keeps across its fields, or that its gig is not one of the
     * worker's: what {@code PUT} refuses at once, and what the CSV import reports for each row.
     */
    public List<Violation> violationsOf(UUID workerId, SessionRequest request) {
        List<Violation> found = new ArrayList<>(rules.violationsOf(request));
        found.addAll(engagements.ownershipViolations(workerId, request.engagementId(), "engagementId"));
        return found;
    }

    private static WorkSession revision(Revision header, SessionRequest request) {
        boolean late = request.endedAt() != null && Lateness.isLate(request.endedAt(), header.recordedAt());
        String note = request.note() == null || request.note().isBlank() ? null : request.note();
        return WorkSession.of(header.late(late), request.engagementId(), request.startedAt(), request.endedAt(), request.timeZone(),
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
