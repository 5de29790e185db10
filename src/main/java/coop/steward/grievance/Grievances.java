package coop.steward.grievance;

import coop.steward.account.AccountService;
import coop.steward.account.AccountView;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.ledger.Engagements;
import coop.steward.record.RevisionView;
import coop.steward.record.RevisionLog;
import coop.steward.record.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A worker's grievances: recorded, corrected and deleted through the ledger's revision log, in the same chain. */
@Singleton
public class Grievances {

    /** Like a ledger record, a grievance written more than 72 hours after the day it happened is marked late. */
    static final Duration LATE_AFTER = Duration.ofHours(72);

    private final GrievanceRepository grievances;
    private final AttachmentRepository attachments;
    private final LetterRepository letters;
    private final Engagements engagements;
    private final AccountService accounts;
    private final RevisionLog log;
    private final Clock clock;

    Grievances(GrievanceRepository grievances, AttachmentRepository attachments, LetterRepository letters,
               Engagements engagements, AccountService accounts, RevisionLog log, Clock clock) {
        this.grievances = grievances;
        this.attachments = attachments;
        this.letters = letters;
        this.engagements = engagements;
        this.accounts = accounts;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public WriteOutcome<GrievanceView> put(UUID workerId, UUID id, @Nullable Integer ifMatch, GrievanceRequest request) {
        // Another worker's id is not found, before any field of the body is judged against this worker's records.
        if (grievances.current(id).filter(existing -> !existing.workerId().equals(workerId)).isPresent()) {
            throw ProblemException.notFound("Grievance");
        }
        if ((request.amountAtStakeMinor() == null) != (request.currency() == null)) {
            throw ProblemException.invalid(request.currency() == null ? "currency" : "amountAtStakeMinor",
                    "an amount at stake needs its currency, and a currency its amount");
        }
        if (request.happenedOn().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw ProblemException.invalid("happenedOn", "must not be in the future");
        }
        engagements.requireOwn(workerId, request.engagementId(), "engagementId");
        requireStatusChangeByTheWorker(grievances.liveOf(workerId, id).map(Grievance::status).orElse(null),
                request.status());
        return log.put(workerId, id, ifMatch, grievances, (revision, recordedAt) -> {
            boolean late = recordedAt.isAfter(request.happenedOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plus(LATE_AFTER));
            return new Grievance(UuidV7.generate(clock), id, revision, workerId, true, false, recordedAt, late,
                    request.category(), request.narrative().strip(), request.happenedOn(), request.engagementId(),
                    request.amountAtStakeMinor(), request.currency(), request.status());
        }).map(this::view);
    }

    /** The worker shared the grievance with an organization: a new revision whose status says so. */
    @Transactional
    public GrievanceView markShared(UUID workerId, UUID id) {
        Grievance current = requireLive(workerId, id);
        return current.status().casework() ? view(current) : changeStatus(current, GrievanceStatus.SHARED_WITH_ORGANIZATION);
    }

    /** The organization it was shared with escalated it: a new revision that changes the status and nothing else. */
    @Transactional
    public GrievanceView markEscalated(UUID workerId, UUID id) {
        Grievance current = requireLive(workerId, id);
        return current.status() == GrievanceStatus.SHARED_WITH_ORGANIZATION
                ? changeStatus(current, GrievanceStatus.ESCALATED) : view(current);
    }

    /** The share ended: a grievance still in casework is open again; a resolved or withdrawn one stays so. */
    @Transactional
    public void markUnshared(UUID workerId, UUID id) {
        live(workerId, id).filter(current -> current.status().casework())
                .ifPresent(current -> changeStatus(current, GrievanceStatus.OPEN));
    }

    private GrievanceView changeStatus(Grievance current, GrievanceStatus status) {
        return view(log.put(current.workerId(), current.recordId(), current.revision(), grievances,
                (revision, recordedAt) -> new Grievance(UuidV7.generate(clock), current.recordId(), revision,
                        current.workerId(), true, false, recordedAt, current.recordedLate(), current.category(),
                        current.narrative(), current.happenedOn(), current.engagementId(),
                        current.amountAtStakeMinor(), current.currency(), status)).revision());
    }

    /**
     * Sharing and escalation set the casework statuses; a worker's correction may keep them but not set them, and
     * may not send a shared grievance back to draft or open while an organization still holds it.
     */
    private static void requireStatusChangeByTheWorker(@Nullable GrievanceStatus current, GrievanceStatus requested) {
        if (requested == current) {
            return;
        }
        if (requested.casework()) {
            throw ProblemException.invalid("status", "is set by sharing the grievance with an organization");
        }
        if (current != null && current.casework()
                && (requested == GrievanceStatus.DRAFT || requested == GrievanceStatus.OPEN)) {
            throw ProblemException.invalid("status", "the grievance is shared with an organization: unshare it instead");
        }
    }

    @Transactional
    public WriteOutcome<GrievanceView> delete(UUID workerId, UUID id, @Nullable Integer ifMatch) {
        return log.delete(workerId, id, ifMatch, grievances,
                (revision, recordedAt) -> grievances.current(id).orElseThrow()
                        .tombstone(revision, recordedAt, UuidV7.generate(clock))).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<GrievanceView> find(UUID workerId, UUID id) {
        return live(workerId, id).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<GrievanceView> list(UUID workerId) {
        return grievances.findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByHappenedOnDesc(workerId).stream()
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<RevisionView<GrievanceRevisionView>> history(UUID workerId, UUID id) {
        List<Grievance> revisions = grievances.historyOf(workerId, id);
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("Grievance");
        }
        return revisions.stream().map(revision -> RevisionView.of(revision, revision.revisionView())).toList();
    }

    /** The worker's grievance as it stands; someone else's, or a deleted one, is not found. */
    Grievance requireLive(UUID workerId, UUID id) {
        return live(workerId, id).orElseThrow(() -> ProblemException.notFound("Grievance"));
    }

    private Optional<Grievance> live(UUID workerId, UUID id) {
        return grievances.liveOf(workerId, id);
    }

    private GrievanceView view(Grievance g) {
        ZoneId zone = zoneOf(g.workerId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<AttachmentView> files = attachments.findByGrievanceIdAndWorkerIdOrderByRecordedAt(g.recordId(), g.workerId())
                .stream().map(AttachmentSummary::view).toList();
        List<LetterView> sent = letters.findByGrievanceIdAndWorkerIdOrderByCreatedAt(g.recordId(), g.workerId())
                .stream().map(letter -> letter.view(zone, today)).toList();
        return new GrievanceView(g.recordId(), g.revision(), g.category(), g.narrative(), g.happenedOn(),
                g.engagementId(), g.amountAtStakeMinor(), g.currency(), g.status(), g.recordedAt(), g.recordedLate(),
                files, sent);
    }

    ZoneId zoneOf(UUID workerId) {
        return accounts.find(workerId).map(AccountView::timeZone).map(ZoneId::of).orElse(ZoneOffset.UTC);
    }
}
