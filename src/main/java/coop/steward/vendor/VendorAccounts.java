package coop.steward.vendor;

import coop.steward.account.AccountService;
import coop.steward.account.Role;
import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.Instants;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Which canonical vendor a VENDOR account speaks for; an admin sets it. */
@Singleton
public class VendorAccounts {

    private final VendorAccountRepository links;
    private final VendorRegistry registry;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    VendorAccounts(VendorAccountRepository links, VendorRegistry registry, AccountService accounts, AuditLog audit,
                   Clock clock) {
        this.links = links;
        this.registry = registry;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public VendorView link(UUID adminId, UUID accountId, UUID vendorId) {
        accounts.find(accountId).filter(account -> account.role() == Role.VENDOR)
                .orElseThrow(() -> ProblemException.notFound("Vendor account"));
        Vendor vendor = registry.vendorOrInvalid(vendorId);
        VendorAccount link = new VendorAccount(accountId, vendor.id(), Instants.now(clock));
        if (links.existsById(accountId)) {
            links.update(link);
        } else {
            links.save(link);
        }
        audit.record(adminId, ActorRole.ADMIN, "registry.vendor-account-linked", "vendor", vendor.id());
        return registry.find(vendor.id()).orElseThrow();
    }

    /** The canonical vendor a VENDOR account speaks for, if an admin linked one. */
    @Transactional(readOnly = true)
    public Optional<VendorView> vendorOf(UUID accountId) {
        return links.findById(accountId).flatMap(link -> registry.find(link.vendorId()));
    }
}
