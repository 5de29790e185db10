package coop.steward.organizing;

import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Makes, lists and revokes an organization's invitation codes, and spends one use of a code when someone joins. */
@Singleton
public class Invitations {

    static final ProblemType UNKNOWN = new ProblemType("invitation-unknown", HttpStatus.NOT_FOUND,
            "No invitation has this code");
    static final ProblemType EXPIRED = new ProblemType("invitation-expired", HttpStatus.GONE,
            "This invitation has expired; ask the organization for a new one");
    static final ProblemType REVOKED = new ProblemType("invitation-revoked", HttpStatus.GONE,
            "This invitation was revoked; ask the organization for a new one");
    static final ProblemType USED_UP = new ProblemType("invitation-used-up", HttpStatus.GONE,
            "This invitation has been used as many times as it allows");
    static final ProblemType WRONG_ROLE = new ProblemType("invitation-wrong-role", HttpStatus.FORBIDDEN,
            "This invitation is for another kind of account");

    private final InvitationRepository invitations;
    private final Organizations organizations;
    private final AuditLog audit;
    private final Clock clock;

    Invitations(InvitationRepository invitations, Organizations organizations, AuditLog audit, Clock clock) {
        this.invitations = invitations;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public InvitationView create(UUID organizationId, UUID organizerId, CreateInvitationRequest request) {
        organizations.requireOrganizer(organizationId, organizerId);
        String code = InvitationCodes.generate();
        Instant now = Instants.now(clock);
        Invitation invitation = invitations.save(new Invitation(UuidV7.generate(clock), organizationId,
                InvitationCodes.digest(code), request.roleOrMember(), request.maxUsesOrOne(), 0,
                now.plus(Duration.ofDays(request.validDaysOrFourteen())), null, organizerId, now));
        audit.record(organizerId, ActorRole.ORGANIZER, "invitation.created", "invitation", invitation.id());
        return invitation.view(now, code);
    }

    @Transactional(readOnly = true)
    List<InvitationView> list(UUID organizationId, UUID organizerId) {
        organizations.requireOrganizer(organizationId, organizerId);
        Instant now = Instants.now(clock);
        return invitations.findByOrganizationIdOrderByCreatedAtDesc(organizationId).stream()
                .map(invitation -> invitation.view(now, null)).toList();
    }

    @Transactional
    InvitationView revoke(UUID organizationId, UUID organizerId, UUID invitationId) {
        organizations.requireOrganizer(organizationId, organizerId);
        Invitation invitation = invitations.findByIdAndOrganizationId(invitationId, organizationId)
                .orElseThrow(() -> ProblemException.notFound("Invitation"));
        Instant now = Instants.now(clock);
        invitations.revoke(invitation.id(), now);
        audit.record(organizerId, ActorRole.ORGANIZER, "invitation.revoked", "invitation", invitation.id());
        return invitations.findById(invitation.id()).orElseThrow().view(now, null);
    }

    /** The invitation a typed code names, if it can still be used by this kind of account; nothing is spent yet. */
    Invitation usable(String code, InvitationRole as) {
        Invitation invitation = invitations.findByCodeDigest(InvitationCodes.digest(code))
                .orElseThrow(() -> refused(UNKNOWN));
        if (invitation.revokedAt() != null) {
            throw refused(REVOKED);
        }
        if (!Instants.now(clock).isBefore(invitation.expiresAt())) {
            throw refused(EXPIRED);
        }
        if (invitation.uses() >= invitation.maxUses()) {
            throw refused(USED_UP);
        }
        if (invitation.role() != as) {
            throw refused(WRONG_ROLE);
        }
        return invitation;
    }

    /** Spends one use; two joins racing for the last use cannot both have it. */
    void spend(Invitation invitation) {
        if (invitations.spendOne(invitation.id()) == 0) {
            throw refused(USED_UP);
        }
    }

    private static ProblemException refused(ProblemType type) {
        return new ProblemException(type, null, List.of(new Violation("code", type.title())));
    }
}
