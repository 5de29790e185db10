package coop.steward.organizing;

import coop.steward.account.AccountService;
import coop.steward.account.AccountView;
import coop.steward.account.Role;
import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.Instants;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Opens organizations and answers who runs them; an organization is seen only by its organizers and members. */
@Singleton
public class Organizations {

    private final OrganizationRepository organizations;
    private final OrganizerRepository organizers;
    private final MembershipRepository memberships;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    Organizations(OrganizationRepository organizations, OrganizerRepository organizers,
                  MembershipRepository memberships, AccountService accounts, AuditLog audit, Clock clock) {
        this.organizations = organizations;
        this.organizers = organizers;
        this.memberships = memberships;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OrganizationView create(UUID adminId, CreateOrganizationRequest request) {
        AccountView organizer = accounts.findByHandle(request.organizerHandle())
                .filter(account -> account.role() == Role.ORGANIZER)
                .orElseThrow(() -> ProblemException.invalid("organizerHandle", "is not an organizer account"));
        Instant now = Instants.now(clock);
        Organization organization = organizations.save(new Organization(UuidV7.generate(clock), request.name().strip(),
                request.kind(), request.country(), request.description().strip(), now));
        organizers.save(new Organizer(new OrganizerKey(organization.id(), organizer.id()), now));
        audit.record(adminId, ActorRole.ADMIN, "organization.created", "organization", organization.id());
        return organization.view();
    }

    @Transactional(readOnly = true)
    List<OrganizationView> all() {
        return organizations.findAllOrderByName().stream().map(Organization::view).toList();
    }

    /** The organizations an account runs, or belongs to as a worker. */
    @Transactional(readOnly = true)
    public List<OrganizationView> of(UUID accountId) {
        List<Organization> organized = organizations.organizedBy(accountId);
        List<Organization> found = organized.isEmpty() ? organizations.joinedBy(accountId) : organized;
        return found.stream().map(Organization::view).toList();
    }

    /** The organization, if the account runs it or is a member of it; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public Optional<OrganizationView> visibleTo(UUID organizationId, UUID accountId) {
        if (!isOrganizer(organizationId, accountId) && memberships.findById(new MembershipKey(organizationId, accountId)).isEmpty()) {
            return Optional.empty();
        }
        return organizations.findById(organizationId).map(Organization::view);
    }

    public boolean isOrganizer(UUID organizationId, UUID accountId) {
        return organizers.existsById(new OrganizerKey(organizationId, accountId));
    }

    /** The organization the account runs; for anyone else, as for an unknown id, not found. */
    Organization requireOrganizer(UUID organizationId, UUID accountId) {
        if (!isOrganizer(organizationId, accountId)) {
            throw ProblemException.notFound("Organization");
        }
        return organizations.findById(organizationId).orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    Organization require(UUID organizationId) {
        return organizations.findById(organizationId).orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    void addOrganizer(UUID organizationId, UUID accountId) {
        organizers.save(new Organizer(new OrganizerKey(organizationId, accountId), Instants.now(clock)));
    }

    List<String> organizerHandles(UUID organizationId) {
        return organizers.organizersOf(organizationId).stream()
                .map(id -> accounts.find(id).map(AccountView::handle).orElse(""))
                .filter(handle -> !handle.isEmpty()).toList();
    }
}
