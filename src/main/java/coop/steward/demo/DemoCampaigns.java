package coop.steward.demo;

import coop.steward.common.validation.Language;
import coop.steward.organizing.OrganizationView;
import coop.steward.organizing.Organizations;
import coop.steward.organizing.campaign.CampaignRequest;
import coop.steward.organizing.campaign.CampaignView;
import coop.steward.organizing.campaign.Campaigns;
import coop.steward.organizing.campaign.SignRequest;
import coop.steward.vendor.ResolvedVendor;
import coop.steward.vendor.VendorRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The demo's campaign: the union's organizer opened one against Invisible Technologies with the demand prefilled from
 * the collective findings, and the demo worker co-signed it, counted only. Its count shows "fewer than k" until more
 * members sign, as it would.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
@Requires(notEnv = "prod")
class DemoCampaigns {

    private final Campaigns campaigns;
    private final Organizations organizations;
    private final VendorRegistry registry;
    private final Clock clock;

    DemoCampaigns(Campaigns campaigns, Organizations organizations, VendorRegistry registry, Clock clock) {
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.registry = registry;
        this.clock = clock;
    }

    void load(UUID organizerId, List<UUID> signers) {
        OrganizationView union = organizations.of(organizerId).stream().findFirst().orElseThrow();
        UUID vendor = registry.resolve(null, "Invisible Technologies", null).map(ResolvedVendor::vendorId).orElseThrow();
        Language english = Language.EN;
        String letter = campaigns.draftLetter(union.id(), organizerId, vendor, english);
        CampaignView draft = campaigns.create(union.id(), organizerId, new CampaignRequest(vendor,
                "Pay every hour the work takes", letter, 25, LocalDate.now(clock).plusDays(30), english.code()));
        campaigns.open(union.id(), organizerId, draft.id());
        signers.forEach(worker -> campaigns.sign(worker, draft.id(), new SignRequest(false, null)));
    }
}
