package coop.steward.organizing;

import coop.steward.account.AccountService;
import coop.steward.account.AccountView;
import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import coop.steward.grievance.AttachmentFile;
import coop.steward.grievance.GrievanceAttachments;
import coop.steward.grievance.GrievanceView;
import coop.steward.grievance.Grievances;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Grievances a worker shares with an organization, and what its organizers do with them. The status changes go
 * through the grievance feature's own service, into the worker's chain; notes stay here and never touch it.
 * Every read by an organizer is written to the audit log under the worker whose grievance it is.
 */
@Singleton
public class Casework {

    static final ProblemType CONSENT_REQUIRED = new ProblemType("casework-consent-required", HttpStatus.CONFLICT,
            "Turn on casework consent for this organization before sharing a grievance with it");
    static final ProblemType ALREADY_SHARED = new ProblemType("grievance-already-shared", HttpStatus.CONFLICT,
            "This grievance is shared with another organization; unshare it first");

    private final GrievanceShareRepository shares;
    private final CaseNoteRepository notes;
    private final MembershipRepository memberships;
    private final Organizations organizations;
    private final Grievances grievances;
    private final GrievanceAttachments attachments;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    Casework(GrievanceShareRepository shares, CaseNoteRepository notes, MembershipRepository memberships,
             Organizations organizations, Grievances grievances, GrievanceAttachments attachments,
             AccountService accounts, AuditLog audit, Clock clock) {
        this.shares = shares;
        this.notes = notes;
        this.memberships = memberships;
        this.organizations = organizations;
        this.grievances = grievances;
        this.attachments = attachments;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ShareView share(UUID workerId, UUID grievanceId, UUID organizationId) {
        grievances.find(workerId, grievanceId).orElseThrow(() -> ProblemException.notFound("Grievance"));
        // The lock orders this share after any consent change in flight, so a withdrawn consent cannot be raced.
        Membership membership = memberships.lock(organizationId, workerId)
                .orElseThrow(() -> ProblemException.notFound("Organization"));
        if (!membership.caseworkConsent()) {
            throw new ProblemException(CONSENT_REQUIRED, null,
                    List.of(new Violation("organizationId", "casework consent is off for this organization")));
        }
        Optional<GrievanceShare> existing = shares.findByGrievanceIdAndWorkerIdAndUnsharedAtIsNull(grievanceId, workerId);
        if (existing.isPresent()) {
            if (!existing.get().organizationId().equals(organizationId)) {
                throw new ProblemException(ALREADY_SHARED, null,
                        List.of(new Violation("organizationId", ALREADY_SHARED.title())));
            }
            return view(existing.get());
        }
        grievances.markShared(workerId, grievanceId);
        GrievanceShare share = shares.save(new GrievanceShare(UuidV7.generate(clock), grievanceId, workerId,
                organizationId, Instants.now(clock), null, null));
        return view(share);
    }

    /** Ends the organization's access at once; the grievance is open again. */
    @Transactional
    void unshare(UUID workerId, UUID grievanceId) {
        GrievanceShare share = shares.findByGrievanceIdAndWorkerIdAndUnsharedAtIsNull(grievanceId, workerId)
                .orElseThrow(() -> ProblemException.notFound("Share"));
        end(share);
    }

    @Transactional(readOnly = true)
    ShareView shareOf(UUID workerId, UUID grievanceId) {
        grievances.find(workerId, grievanceId).orElseThrow(() -> ProblemException.notFound("Grievance"));
        return shares.findByGrievanceIdAndWorkerIdAndUnsharedAtIsNull(grievanceId, workerId).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Share"));
    }

    /** Withdrawing casework consent, or leaving, ends every share with the organization. */
    void unshareAll(UUID workerId, UUID organizationId) {
        shares.findByWorkerIdAndOrganizationIdAndUnsharedAtIsNull(workerId, organizationId).forEach(this::end);
    }

    @Transactional
    List<CaseView> cases(UUID organizationId, UUID organizerId) {
        organizations.requireOrganizer(organizationId, organizerId);
        return shares.findByOrganizationIdAndUnsharedAtIsNullOrderBySharedAtDesc(organizationId).stream()
                .flatMap(share -> caseOf(share, organizerId, "casework.cases-listed").stream()).toList();
    }

    @Transactional
    CaseView read(UUID organizationId, UUID organizerId, UUID grievanceId) {
        GrievanceShare share = requireShared(organizationId, organizerId, grievanceId);
        return caseOf(share, organizerId, "casework.case-read").orElseThrow(() -> ProblemException.notFound("Grievance"));
    }

    @Transactional
    AttachmentFile attachment(UUID organizationId, UUID organizerId, UUID grievanceId, UUID attachmentId) {
        GrievanceShare share = requireShared(organizationId, organizerId, grievanceId);
        AttachmentFile file = attachments.file(share.workerId(), grievanceId, attachmentId);
        audit.recordRead(organizerId, ActorRole.ORGANIZER, "casework.attachment-read", "grievance-attachment", attachmentId,
                share.workerId());
        return file;
    }

    @Transactional
    NoteView addNote(UUID organizationId, UUID organizerId, UUID grievanceId, String body) {
        GrievanceShare share = requireShared(organizationId, organizerId, grievanceId);
        requireLive(share);
        CaseNote note = notes.save(new CaseNote(UuidV7.generate(clock), share.id(), organizerId, body.strip(),
                Instants.now(clock)));
        return noteView(note);
    }

    /** Escalation changes the grievance's status, through the grievance service; nothing else of it. */
    @Transactional
    CaseView escalate(UUID organizationId, UUID organizerId, UUID grievanceId) {
        GrievanceShare share = requireShared(organizationId, organizerId, grievanceId);
        requireLive(share);
        if (share.escalatedAt() == null) {
            grievances.markEscalated(share.workerId(), grievanceId);
            shares.escalate(share.id(), Instants.now(clock));
        }
        return read(organizationId, organizerId, grievanceId);
    }

    private GrievanceShare requireShared(UUID organizationId, UUID organizerId, UUID grievanceId) {
        organizations.requireOrganizer(organizationId, organizerId);
        return shares.findByGrievanceIdAndOrganizationIdAndUnsharedAtIsNull(grievanceId, organizationId)
                .orElseThrow(() -> ProblemException.notFound("Grievance"));
    }

    private void requireLive(GrievanceShare share) {
        grievances.find(share.workerId(), share.grievanceId()).orElseThrow(() -> ProblemException.notFound("Grievance"));
    }

    /** The case if the grievance still exists (a deleted one is gone for the organization too), audited as read. */
    private Optional<CaseView> caseOf(GrievanceShare share, UUID organizerId, String action) {
        Optional<GrievanceView> grievance = grievances.find(share.workerId(), share.grievanceId());
        grievance.ifPresent(found -> audit.recordRead(organizerId, ActorRole.ORGANIZER, action, "grievance",
                share.grievanceId(), share.workerId()));
        GrievanceShare current = shares.findById(share.id()).orElse(share);
        return grievance.map(found -> new CaseView(found, handleOf(share.workerId()), current.sharedAt(),
                current.escalatedAt(), notesOf(current)));
    }

    private void end(GrievanceShare share) {
        shares.end(share.id(), Instants.now(clock));
        grievances.markUnshared(share.workerId(), share.grievanceId());
    }

    private ShareView view(GrievanceShare share) {
        GrievanceShare current = shares.findById(share.id()).orElse(share);
        return new ShareView(current.grievanceId(), organizations.require(current.organizationId()).view(),
                current.sharedAt(), current.escalatedAt(), notesOf(current));
    }

    private List<NoteView> notesOf(GrievanceShare share) {
        return notes.findByShareIdOrderByCreatedAt(share.id()).stream().map(this::noteView).toList();
    }

    private NoteView noteView(CaseNote note) {
        return new NoteView(note.id(), note.body(), note.authorId() == null ? null : handleOf(note.authorId()),
                note.createdAt());
    }

    private String handleOf(UUID accountId) {
        return accounts.find(accountId).map(AccountView::handle).orElse("");
    }
}
