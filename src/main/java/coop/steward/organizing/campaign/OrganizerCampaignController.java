package coop.steward.organizing.campaign;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** An organization's campaigns as its organizers run them; for anyone else the organization does not exist. */
@Controller
@Secured("ORGANIZER")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizerCampaignController {

    static final String CAMPAIGNS = "/api/organizations/{organizationId}/campaigns";
    static final String CAMPAIGN = CAMPAIGNS + "/{campaignId}";
    static final String DEMAND = "/api/organizations/{organizationId}/campaign-demand";

    private final Campaigns campaigns;

    OrganizerCampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The demand prefilled from the collective findings the vendor breaches, for the organizer to edit. */
    @Operation(operationId = "draftCampaignDemand")
    @Get(DEMAND)
    DemandView demand(Authentication auth, UUID organizationId, @Nullable @QueryValue String vendorId,
                      @Nullable @QueryValue String language) {
        UUID vendor = parseVendor(vendorId);
        if (language != null && !Language.codes().contains(language)) {
            throw ProblemException.invalid("language", Language.MESSAGE);
        }
        Language chosen = language == null ? Language.EN : Language.of(language);
        return new DemandView(vendor, chosen.code(),
                campaigns.draftLetter(organizationId, SignedInAccount.idOf(auth), vendor, chosen));
    }

    /** Drafts a campaign against a vendor; without a letter, the demand is prefilled from the findings. */
    @Operation(operationId = "createCampaign")
    @Post(CAMPAIGNS)
    HttpResponse<CampaignView> create(Authentication auth, UUID organizationId, @Body @Valid CampaignRequest request) {
        CampaignView created = campaigns.create(organizationId, SignedInAccount.idOf(auth), request);
        return HttpResponse.created(created, URI.create(CAMPAIGN.replace("{organizationId}", organizationId.toString())
                .replace("{campaignId}", created.id().toString())));
    }

    /** The organization's campaigns, newest first, with their counts shown from k. */
    @Operation(operationId = "listCampaigns")
    @Get(CAMPAIGNS)
    List<CampaignView> list(Authentication auth, UUID organizationId) {
        return campaigns.list(organizationId, SignedInAccount.idOf(auth));
    }

    /** One campaign with its count and, from k, the names its named signers chose to print. */
    @Operation(operationId = "getCampaign")
    @Get(CAMPAIGN)
    CampaignView get(Authentication auth, UUID organizationId, UUID campaignId) {
        return campaigns.get(organizationId, SignedInAccount.idOf(auth), campaignId);
    }

    /** Rewrites a draft. */
    @Operation(operationId = "updateCampaign")
    @Put(CAMPAIGN)
    CampaignView update(Authentication auth, UUID organizationId, UUID campaignId, @Body @Valid CampaignRequest request) {
        return campaigns.update(organizationId, SignedInAccount.idOf(auth), campaignId, request);
    }

    /** Opens a draft to the members' signatures. */
    @Operation(operationId = "openCampaign")
    @Post(CAMPAIGN + "/open")
    CampaignView open(Authentication auth, UUID organizationId, UUID campaignId) {
        return campaigns.open(organizationId, SignedInAccount.idOf(auth), campaignId);
    }

    /** Delivers: the signed letter with the collective pack inside; signatures are frozen from then on. */
    @Operation(operationId = "deliverCampaign")
    @Post(CAMPAIGN + "/deliver")
    CampaignView deliver(Authentication auth, UUID organizationId, UUID campaignId) {
        return campaigns.deliver(organizationId, SignedInAccount.idOf(auth), campaignId);
    }

    @Operation(operationId = "downloadCampaignLetter", summary = "Download the delivered letter as signed PDF")
    @Get(CAMPAIGN + "/letter.pdf")
    @Produces(MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> letter(Authentication auth, UUID organizationId, UUID campaignId) {
        return HttpResponse.ok(campaigns.letter(organizationId, SignedInAccount.idOf(auth), campaignId))
                .contentType(MediaType.APPLICATION_PDF_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campaign-" + campaignId + ".pdf\"");
    }

    /** Records the vendor's answer. */
    @Operation(operationId = "recordCampaignResponse")
    @Post(CAMPAIGN + "/response")
    CampaignView respond(Authentication auth, UUID organizationId, UUID campaignId,
                         @Body @Valid ResponseRequest request) {
        return campaigns.respond(organizationId, SignedInAccount.idOf(auth), campaignId, request);
    }

    /** Closes a campaign in any state: it takes no more signatures. */
    @Operation(operationId = "closeCampaign")
    @Post(CAMPAIGN + "/close")
    CampaignView close(Authentication auth, UUID organizationId, UUID campaignId) {
        return campaigns.close(organizationId, SignedInAccount.idOf(auth), campaignId);
    }

    private static UUID parseVendor(@Nullable String vendorId) {
        if (vendorId == null || vendorId.isBlank()) {
            throw ProblemException.invalid("vendorId", "must not be blank");
        }
        try {
            return UUID.fromString(vendorId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("vendorId", "must be a vendor id (UUID)");
        }
    }

    /** A prefilled demand. */
    @Serdeable
    record DemandView(UUID vendorId, String language, String letter) {
    }
}
