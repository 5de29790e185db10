package coop.steward.grievance;

import coop.steward.account.AccountService;
import coop.steward.account.AccountView;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.Violation;
import coop.steward.ledger.Engagements;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A worker's grievances: recorded, corrected and deleted through the ledger's revision log, in the same chain. */
@Singleton
public class Grievances extends RevisionedRecords<Grievance, GrievanceView, GrievanceRevisionView> {

    /** An amount at stake comes with its currency, and a currency with its amount. */
    static final Rule<GrievanceRequest> AMOUNT_HAS_ITS_CURRENCY = request ->
            (request.amountAtStakeMinor() == null) == (request.currency() == null) ? List.of()
                    : List.of(new Violation(request.currency() == null ? "currency" : "amountAtStakeMinor",
                            "an amount at stake needs its currency, and a currency its amount"));

    private final GrievanceRepository grievances;
    private final AttachmentRepository attachments;
    private final LetterRepository letters;
    private final Engagements engagements;
    private final AccountService accounts;
    private final Clock clock;

    Grievances(GrievanceRepository grievances, AttachmentRepository attachments, LetterRepository letters,
               Engagements engagements, AccountService accounts, RevisionLog log, Clock clock) {
        super(grievances, log, "Grievance");
        this.grievances = grievances;
        this.attachments = attachments;
        this.letters = letters;
        this.engagements = engagements;
        this.accounts = accounts;
        this.clock = clock;
    }

    public WriteOutcome<GrievanceView> put(UUID workerId, UUID id, @Nullable Integer ifMatch, GrievanceRequest request) {
        // Another worker's id is not found, before any field of the body is judged against this worker's records.
        if (grievances.current(id).filter(existing -> !existing.workerId().equals(workerId)).isPresent()) {
            throw notFound();
        }
        Rule.all(AMOUNT_HAS_ITS_CURRENCY, happenedInThePast(),
                        candidate -> engagements.ownershipViolations(workerId, candidate.engagementId(), "engagementId"))
                .enforce(request);
        requireStatusChangeByTheWorker(grievances.liveOf(workerId, id).map(Grievance::status).orElse(null),
                request.status());
        return write(workerId, id, ifMatch, header -> Grievance.of(
                header.late(Lateness.isLate(request.happenedOn(), header.recordedAt())), request.category(),
                request.narrative().strip(), request.happenedOn(), request.engagementId(), request.amountAtStakeMinor(),
                request.currency(), request.status()));
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
        return write(current.workerId(), current.recordId(), current.revision(), header -> Grievance.of(
                header.late(current.recordedLate()), current.category(), current.narrative(), current.happenedOn(),
                current.engagementId(), current.amountAtStakeMinor(), current.currency(), status)).revision();
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

    @Override
    protected Grievance tombstone(Grievance current, Revision header) {
        return current.under(header);
    }

    /** The worker's live grievances, newest first, in four queries however many there are. */
    @Transactional(readOnly = true)
    public List<GrievanceView> list(UUID workerId) {
        List<Grievance> found = grievances.findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByHappenedOnDesc(workerId);
        if (found.isEmpty()) {
            return List.of();
        }
        return views(workerId, found, attachments.findByWorkerIdOrderByRecordedAt(workerId),
                letters.findByWorkerIdOrderByCreatedAt(workerId));
    }

    @Override
    protected GrievanceRevisionView historyView(Grievance revision) {
        return revision.revisionView();
    }

    /** The worker's grievance as it stands; someone else's, or a deleted one, is not found. */
    Grievance requireLive(UUID workerId, UUID id) {
        return live(workerId, id).orElseThrow(this::notFound);
    }

    /** What a grievance records happened: not on a day after tomorrow anywhere. */
    private Rule<GrievanceRequest> happenedInThePast() {
        return request -> request.happenedOn().isAfter(LocalDate.now(clock).plusDays(1))
                ? List.of(new Violation("happenedOn", "must not be in the future")) : List.of();
    }

    /** The grievance as it stands, with its files and letters. */
    @Override
    protected GrievanceView view(Grievance g) {
        return views(g.workerId(), List.of(g),
                attachments.findByGrievanceIdAndWorkerIdOrderByRecordedAt(g.recordId(), g.workerId()),
                letters.findByGrievanceIdAndWorkerIdOrderByCreatedAt(g.recordId(), g.workerId())).get(0);
    }

    /** The grievances given, each with its files and letters among those given; deadlines as of today in the worker's zone. */
    private List<GrievanceView> views(UUID workerId, List<Grievance> found, List<AttachmentSummary> files,
                                      List<Letter> sent) {
        ZoneId zone = zoneOf(workerId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<UUID, List<AttachmentView>> filesOf = files.stream().collect(Collectors.groupingBy(
                AttachmentSummary::grievanceId, Collectors.mapping(AttachmentSummary::view, Collectors.toList())));
        Map<UUID, List<LetterView>> lettersOf = sent.stream().collect(Collectors.groupingBy(
                Letter::grievanceId, Collectors.mapping(letter -> letter.view(zone, today), Collectors.toList())));
        return found.stream().map(g -> new GrievanceView(g.recordId(), g.revision(), g.category(), g.narrative(),
                g.happenedOn(), g.engagementId(), g.amountAtStakeMinor(), g.currency(), g.status(), g.recordedAt(),
                g.recordedLate(), filesOf.getOrDefault(g.recordId(), List.of()),
                lettersOf.getOrDefault(g.recordId(), List.of()))).toList();
    }

    ZoneId zoneOf(UUID workerId) {
        return accounts.find(workerId).map(AccountView::timeZone).map(ZoneId::of).orElse(ZoneOffset.UTC);
    }
}
