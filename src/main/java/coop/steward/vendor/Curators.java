package coop.steward.vendor;

import coop.steward.account.AccountService;
import coop.steward.account.Role;
import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.time.Instants;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/** Who may curate the registry: every admin, and the organizers an admin appointed. */
@Singleton
class Curators {

    private final CuratorRepository curators;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    Curators(CuratorRepository curators, AccountService accounts, AuditLog audit, Clock clock) {
        this.curators = curators;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void appoint(UUID adminId, UUID accountId) {
        accounts.find(accountId).filter(account -> account.role() == Role.ORGANIZER)
                .orElseThrow(() -> ProblemException.notFound("Organizer account"));
        if (!curators.existsById(accountId)) {
            curators.save(new Curator(accountId, Instants.now(clock)));
            audit.record(adminId, ActorRole.ADMIN, "registry.curator-appointed", "account", accountId);
        }
    }

    @Transactional
    void dismiss(UUID adminId, UUID accountId) {
        if (curators.existsById(accountId)) {
            curators.deleteById(accountId);
            audit.record(adminId, ActorRole.ADMIN, "registry.curator-dismissed", "account", accountId);
        }
    }

    /** Refuses anyone who is neither an admin nor an appointed curator. */
    void require(Authentication auth) {
        if (auth.getRoles().contains(Role.ADMIN.name())) {
            return;
        }
        if (auth.getRoles().contains(Role.ORGANIZER.name()) && curators.existsById(UUID.fromString(auth.getName()))) {
            return;
        }
        throw new ProblemException(ProblemType.FORBIDDEN, "Only admins and registry curators may do this");
    }
}
