package coop.steward.vendor.publicregistry;

import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;
import coop.steward.vendor.VendorAccounts;
import coop.steward.vendor.VendorView;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/** A signed-in vendor's view of its own registry entry; each read is written to the audit log. */
@Singleton
public class VendorRegistryViews {

    static final String READ = "registry.vendor-figures-read";

    private final PublicRegistry registry;
    private final VendorAccounts vendorAccounts;
    private final AuditLog audit;

    VendorRegistryViews(PublicRegistry registry, VendorAccounts vendorAccounts, AuditLog audit) {
        this.registry = registry;
        this.vendorAccounts = vendorAccounts;
        this.audit = audit;
    }

    @Transactional
    public VendorRegistryView of(UUID accountId, Language language) {
        VendorView own = vendorAccounts.vendorOf(accountId).orElseThrow(() -> ProblemException.notFound("Vendor"));
        RegistryVendor vendor = registry.vendor(own.id(), language).orElseThrow(() -> ProblemException.notFound("Vendor"));
        audit.record(accountId, ActorRole.VENDOR, READ, "vendor", vendor.id());
        var contested = vendor.certifications().stream().filter(RegistryVendor.Certification::current)
                .flatMap(certification -> certification.claims().stream().filter(RegistryVendor.Claim::contested)
                        .map(claim -> new VendorRegistryView.ContestedClaim(certification.id(),
                                certification.guidelineId(), claim.criterionId(), claim.question(), claim.answer(),
                                claim.records().stream().filter(f -> f.published() && "BREACHED".equals(f.status()))
                                        .toList(),
                                claim.responses(),
                                "/api/registry/vendors/" + vendor.id() + "/certifications/" + certification.id()
                                        + "/claims/" + claim.criterionId() + "/responses")))
                .toList();
        return new VendorRegistryView(vendor.id(), vendor.name(), PublicRegistry.PAGE + vendor.id(), vendor.records(),
                contested);
    }
}
