package coop.steward.organizing.campaign;

import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/** The campaigns of a worker's organizations, and the worker's own signature on each. */
@Controller
@Secured("WORKER")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberCampaignController {

    static final String CAMPAIGNS = "/api/me/campaigns";
    static final String CAMPAIGN = CAMPAIGNS + "/{campaignId}";

    private final Campaigns campaigns;

    MemberCampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The campaigns of the worker's organizations past their drafts, newest first. */
    @Operation(operationId = "listMyCampaigns")
    @Get(CAMPAIGNS)
    List<MemberCampaignView> list(Authentication auth) {
        return campaigns.shownTo(SignedInAccount.idOf(auth));
    }

    /** One campaign of the worker's organizations, with the worker's own signature. */
    @Operation(operationId = "getMyCampaign")
    @Get(CAMPAIGN)
    MemberCampaignView get(Authentication auth, UUID campaignId) {
        return campaigns.forMember(SignedInAccount.idOf(auth), campaignId);
    }

    /** Co-signs (201), or changes or repeats one's signature (200): one signature per member per campaign. */
    @Operation(operationId = "signCampaign")
    @Put(CAMPAIGN + "/signature")
    HttpResponse<MemberCampaignView> sign(Authentication auth, UUID campaignId, @Body @Valid SignRequest request) {
        Campaigns.SignOutcome outcome = campaigns.sign(SignedInAccount.idOf(auth), campaignId, request);
        return outcome.created() ? HttpResponse.created(outcome.view()) : HttpResponse.ok(outcome.view());
    }

    /** Withdraws one's signature before delivery. */
    @Operation(operationId = "withdrawCampaignSignature")
    @Delete(CAMPAIGN + "/signature")
    MemberCampaignView withdraw(Authentication auth, UUID campaignId) {
        return campaigns.withdraw(SignedInAccount.idOf(auth), campaignId);
    }
}
