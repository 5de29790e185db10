package coop.steward.organizing;

import coop.steward.account.AccountService;
import coop.steward.account.AccountView;
import coop.steward.account.Role;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Memberships and the two consents a worker gives each organization. Every change is one event kept with its time;
 * what an aggregate may count is read from the membership as it stands at that moment, never from a copy.
 */
@Singleton
public class Consents {

    static final ProblemType ALREADY_MEMBER = new ProblemType("already-a-member", HttpStatus.CONFLICT,
            "You are already in this organization");

    private final MembershipRepository memberships;
    private final ConsentEventRepository events;
    private final Organizations organizations;
    private final Invitations invitations;
    private final Casework casework;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    Consents(MembershipRepository memberships, ConsentEventRepository events, Organizations organizations,
             Invitations invitations, Casework casework, AccountService accounts, AuditLog audit, Clock clock) {
        this.memberships = memberships;
        this.events = events;
        this.organizations = organizations;
        this.invitations = invitations;
        this.casework = casework;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Redeems a code: a worker joins with both consents off; an organizer account takes a seat as organizer. */
    @Transactional
    public JoinedView redeem(UUID accountId, Role role, String code) {
        InvitationRole as = switch (role) {
            case WORKER -> InvitationRole.MEMBER;
            case ORGANIZER -> InvitationRole.ORGANIZER;
            default -> throw new ProblemException(Invitations.WRONG_ROLE, null,
                    List.of(new Violation("code", Invitations.WRONG_ROLE.title())));
        };
        Invitation invitation = invitations.usable(code, as);
        Organization organization = organizations.require(invitation.organizationId());
        boolean already = as == InvitationRole.MEMBER
                ? memberships.findById(new MembershipKey(organization.id(), accountId)).isPresent()
                : organizations.isOrganizer(organization.id(), accountId);
        if (already) {
            throw new ProblemException(ALREADY_MEMBER, null, List.of(new Violation("code", ALREADY_MEMBER.title())));
        }
        invitations.spend(invitation);
        if (as == InvitationRole.ORGANIZER) {
            organizations.addOrganizer(organization.id(), accountId);
            audit.record(accountId, role.inAudit(), "organization.organizer-joined", "organization", organization.id());
            return new JoinedView(organization.view(), as, null);
        }
        Instant now = Instants.now(clock);
        Membership membership = memberships.save(new Membership(new MembershipKey(organization.id(), accountId), now,
                false, false));
        events.save(new ConsentEvent(UuidV7.generate(clock), organization.id(), accountId, ConsentChange.JOINED, now));
        return new JoinedView(organization.view(), as, view(organization, membership));
    }

    @Transactional(readOnly = true)
    List<MembershipView> memberships(UUID workerId) {
        Map<UUID, Organization> byId = organizationsOf(workerId);
        return memberships.ofWorker(workerId).stream()
                .map(membership -> view(byId.get(membership.id().organizationId()), membership))
                .sorted(java.util.Comparator.comparing(view -> view.organization().name()))
                .toList();
    }

    @Transactional(readOnly = true)
    MembershipView membership(UUID workerId, UUID organizationId) {
        Membership membership = memberships.findById(new MembershipKey(organizationId, workerId))
                .orElseThrow(() -> ProblemException.notFound("Organization"));
        return view(organizations.require(organizationId), membership);
    }

    /** Turns one consent on or off; setting it to what it already is writes nothing. */
    @Transactional
    public MembershipView set(UUID workerId, UUID organizationId, ConsentScope scope, boolean granted) {
        Membership membership = memberships.lock(organizationId, workerId)
                .orElseThrow(() -> ProblemException.notFound("Organization"));
        if (membership.grants(scope) != granted) {
            boolean aggregate = scope == ConsentScope.AGGREGATE ? granted : membership.aggregateConsent();
            boolean caseworkConsent = scope == ConsentScope.CASEWORK ? granted : membership.caseworkConsent();
            if (scope == ConsentScope.CASEWORK && !granted) {
                casework.unshareAll(workerId, organizationId);
            }
            memberships.updateConsents(organizationId, workerId, aggregate, caseworkConsent);
            events.save(new ConsentEvent(UuidV7.generate(clock), organizationId, workerId,
                    ConsentChange.of(scope, granted), Instants.now(clock)));
        }
        return membership(workerId, organizationId);
    }

    /** Leaving withdraws both consents (each withdrawal kept in the history), ends every share, and ends the membership. */
    @Transactional
    void leave(UUID workerId, UUID organizationId) {
        Membership membership = memberships.lock(organizationId, workerId)
                .orElseThrow(() -> ProblemException.notFound("Organization"));
        Instant now = Instants.now(clock);
        if (membership.aggregateConsent()) {
            events.save(new ConsentEvent(UuidV7.generate(clock), organizationId, workerId,
                    ConsentChange.AGGREGATE_WITHDRAWN, now));
        }
        if (membership.caseworkConsent()) {
            events.save(new ConsentEvent(UuidV7.generate(clock), organizationId, workerId,
                    ConsentChange.CASEWORK_WITHDRAWN, now));
        }
        casework.unshareAll(workerId, organizationId);
        memberships.remove(organizationId, workerId);
        events.save(new ConsentEvent(UuidV7.generate(clock), organizationId, workerId, ConsentChange.LEFT, now));
    }

    @Transactional(readOnly = true)
    List<ConsentHistoryEntry> history(UUID workerId) {
        List<ConsentEvent> all = events.historyOf(workerId);
        Map<UUID, String> names = all.stream().map(ConsentEvent::organizationId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> organizations.require(id).name()));
        return all.stream().map(event -> new ConsentHistoryEntry(event.organizationId(),
                names.get(event.organizationId()), event.changeKind(), event.occurredAt())).toList();
    }

    /**
     * The workers whose records may count in the organization's aggregates, read now: a consent withdrawn a moment
     * ago is already absent. Rollup queries join on this set and must not keep it.
     */
    @Transactional(readOnly = true)
    public Set<UUID> aggregateConsenting(UUID organizationId) {
        return Set.copyOf(memberships.aggregateConsenting(organizationId));
    }

    /**
     * The workers who currently let at least one organization count their records: the population of figures
     * published beyond any one organization (a vendor's figures in the public registry). Read now, never kept.
     */
    @Transactional(readOnly = true)
    public Set<UUID> aggregateConsentingAnywhere() {
        return Set.copyOf(memberships.aggregateConsentingAnywhere());
    }

    /**
     * The workers who withdrew aggregate consent from the organization (or left it) at or after {@code since} and
     * do not consent now: figures made before their withdrawal must not be shown again.
     */
    @Transactional(readOnly = true)
    public Set<UUID> withdrawnSince(UUID organizationId, Instant since) {
        return Set.copyOf(events.withdrawnSince(organizationId, since));
    }

    /** The workers who withdrew an aggregate consent at or after {@code since} and now consent nowhere. */
    @Transactional(readOnly = true)
    public Set<UUID> withdrawnEverywhereSince(Instant since) {
        return Set.copyOf(events.withdrawnEverywhereSince(since));
    }

    /** Whether the worker currently lets the organization count their records. */
    @Transactional(readOnly = true)
    public boolean countsIn(UUID organizationId, UUID workerId) {
        return memberships.findById(new MembershipKey(organizationId, workerId))
                .map(Membership::aggregateConsent).orElse(false);
    }

    /** Counts for the organizers, and the handles of those who gave casework consent: nobody else by name. */
    @Transactional
    MembersSummary summary(UUID organizationId, UUID organizerId) {
        organizations.requireOrganizer(organizationId, organizerId);
        List<Membership> casework = memberships.caseworkConsenting(organizationId);
        List<String> handles = casework.stream().map(membership -> {
            UUID worker = membership.id().workerId();
            audit.recordRead(organizerId, ActorRole.ORGANIZER, "organization.member-named", "organization", organizationId,
                    worker);
            return accounts.find(worker).map(AccountView::handle).orElse("");
        }).filter(handle -> !handle.isEmpty()).toList();
        audit.record(organizerId, ActorRole.ORGANIZER, "organization.members-counted", "organization", organizationId);
        return new MembersSummary(memberships.countMembers(organizationId),
                memberships.countAggregateConsents(organizationId), casework.size(), handles,
                organizations.organizerHandles(organizationId));
    }

    private Map<UUID, Organization> organizationsOf(UUID workerId) {
        return memberships.ofWorker(workerId).stream().map(membership -> membership.id().organizationId())
                .distinct().collect(Collectors.toMap(Function.identity(), organizations::require));
    }

    private static MembershipView view(Organization organization, Membership membership) {
        return new MembershipView(organization.view(), membership.joinedAt(), membership.aggregateConsent(),
                membership.caseworkConsent());
    }
}
