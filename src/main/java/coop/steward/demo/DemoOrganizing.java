package coop.steward.demo;

import coop.steward.account.Role;
import coop.steward.grievance.GrievanceView;
import coop.steward.grievance.Grievances;
import coop.steward.organizing.Casework;
import coop.steward.organizing.ConsentScope;
import coop.steward.organizing.Consents;
import coop.steward.organizing.CreateInvitationRequest;
import coop.steward.organizing.CreateOrganizationRequest;
import coop.steward.organizing.InvitationRole;
import coop.steward.organizing.InvitationView;
import coop.steward.organizing.Invitations;
import coop.steward.organizing.OrganizationKind;
import coop.steward.organizing.OrganizationView;
import coop.steward.organizing.Organizations;
import coop.steward.vendor.AddNameRequest;
import coop.steward.vendor.CreateVendorRequest;
import coop.steward.vendor.VendorAccounts;
import coop.steward.vendor.VendorKind;
import coop.steward.vendor.VendorNameKind;
import coop.steward.vendor.VendorRegistry;
import coop.steward.vendor.VendorView;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * The demo's organizing side: a few registry vendors with the names workers type for them, a Kansas City union run
 * by the demo organizer, an open invitation, the demo worker as a member with both consents who shared the
 * late-payout grievance, and the other demo members, who allow aggregate figures only.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
@Requires(notEnv = "prod")
class DemoOrganizing {

    private final VendorRegistry registry;
    private final VendorAccounts vendorAccounts;
    private final Organizations organizations;
    private final Invitations invitations;
    private final Consents consents;
    private final Casework casework;
    private final Grievances grievances;

    DemoOrganizing(VendorRegistry registry, VendorAccounts vendorAccounts, Organizations organizations,
                   Invitations invitations, Consents consents, Casework casework, Grievances grievances) {
        this.registry = registry;
        this.vendorAccounts = vendorAccounts;
        this.organizations = organizations;
        this.invitations = invitations;
        this.consents = consents;
        this.casework = casework;
        this.grievances = grievances;
    }

    /** Loads it; answers the open invitation code for the start-up banner. */
    String load(UUID workerId, String organizerHandle, UUID organizerId, UUID vendorAccountId, UUID adminId,
                List<UUID> members) {
        VendorView invisible = registry.create(new CreateVendorRequest("Invisible Technologies", VendorKind.AGENCY,
                "US", "https://www.invisible.co"));
        registry.addName(invisible.id(), new AddNameRequest("Invisible Tech", VendorNameKind.ALIAS, null));
        registry.addName(invisible.id(), new AddNameRequest("Bulba", VendorNameKind.CODE_NAME, null));
        VendorView scale = registry.create(new CreateVendorRequest("Scale AI", VendorKind.PLATFORM, "US",
                "https://scale.com"));
        registry.addName(scale.id(), new AddNameRequest("Remotasks", VendorNameKind.ALIAS, null));
        registry.addName(scale.id(), new AddNameRequest("Outlier", VendorNameKind.ALIAS, null));
        registry.create(new CreateVendorRequest("Appen", VendorKind.AGENCY, "AU", "https://appen.com"));
        vendorAccounts.link(adminId, vendorAccountId, invisible.id());

        OrganizationView union = organizations.create(adminId, new CreateOrganizationRequest(
                "Kansas City Data Workers Union", OrganizationKind.UNION, "US",
                "Data labelers, RLHF trainers and content moderators in the Kansas City metro, organizing for pay "
                        + "on time and a living wage for every hour the work takes.", organizerHandle));
        InvitationView joining = invitations.create(union.id(), organizerId,
                new CreateInvitationRequest(InvitationRole.MEMBER, 200, 90));
        InvitationView open = invitations.create(union.id(), organizerId,
                new CreateInvitationRequest(InvitationRole.MEMBER, 200, 90));
        consents.redeem(workerId, Role.WORKER, joining.code());
        consents.set(workerId, union.id(), ConsentScope.AGGREGATE, true);
        consents.set(workerId, union.id(), ConsentScope.CASEWORK, true);
        for (UUID member : members) {
            consents.redeem(member, Role.WORKER, joining.code());
            consents.set(member, union.id(), ConsentScope.AGGREGATE, true);
        }
        grievances.list(workerId).stream().findFirst().map(GrievanceView::id)
                .ifPresent(grievance -> casework.share(workerId, grievance, union.id()));
        return open.code();
    }
}
