package coop.steward.organizing;

import coop.steward.account.Role;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** A worker's side of organizing: joining by code, the two consents per organization, their history, leaving. */
@Controller
@Secured("WORKER")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class MembershipController {

    static final String MEMBERSHIPS = "/api/me/memberships";

    private final Consents consents;

    MembershipController(Consents consents) {
        this.consents = consents;
    }

    /** Redeems an invitation code: a worker joins with both consents off, an organizer takes a seat. */
    @Operation(operationId = "redeemInvitation")
    @Post("/api/invitations/redeem")
    @Secured({"WORKER", "ORGANIZER", "VENDOR", "ADMIN"})
    HttpResponse<JoinedView> redeem(Authentication auth, @Body @Valid RedeemInvitationRequest request) {
        Role role = Role.valueOf(auth.getRoles().iterator().next());
        return HttpResponse.created(consents.redeem(SignedInAccount.idOf(auth), role, request.code()));
    }

    /** The organizations the worker belongs to, with each consent as it stands. */
    @Operation(operationId = "listMemberships")
    @Get(MEMBERSHIPS)
    List<MembershipView> memberships(Authentication auth) {
        return consents.memberships(SignedInAccount.idOf(auth));
    }

    /** One membership. */
    @Operation(operationId = "getMembership")
    @Get(MEMBERSHIPS + "/{organizationId}")
    MembershipView membership(Authentication auth, UUID organizationId) {
        return consents.membership(SignedInAccount.idOf(auth), organizationId);
    }

    /** Turns aggregate or casework consent on or off for one organization; it applies from the next read. */
    @Operation(operationId = "setConsent")
    @Put(MEMBERSHIPS + "/{organizationId}/consents/{scope}")
    MembershipView consent(Authentication auth, UUID organizationId, ConsentScope scope,
                           @Body @Valid ConsentRequest request) {
        return consents.set(SignedInAccount.idOf(auth), organizationId, scope, request.granted());
    }

    /** Leaves the organization: both consents are withdrawn and every shared grievance unshared. */
    @Operation(operationId = "leaveOrganization")
    @Delete(MEMBERSHIPS + "/{organizationId}")
    HttpResponse<Void> leave(Authentication auth, UUID organizationId) {
        consents.leave(SignedInAccount.idOf(auth), organizationId);
        return HttpResponse.noContent();
    }

    /** Every join, grant, withdrawal and leave, newest first, with its time. */
    @Operation(operationId = "consentHistory")
    @Get("/api/me/consent-history")
    List<ConsentHistoryEntry> history(Authentication auth) {
        return consents.history(SignedInAccount.idOf(auth));
    }
}
