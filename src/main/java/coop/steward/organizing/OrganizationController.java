package coop.steward.organizing;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** Organizations as their organizers and members see them: the organization, its members' counts, its invitations. */
@Controller(OrganizationController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationController {

    static final String PATH = "/api/organizations";

    private final Organizations organizations;
    private final Consents consents;
    private final Invitations invitations;

    OrganizationController(Organizations organizations, Consents consents, Invitations invitations) {
        this.organizations = organizations;
        this.consents = consents;
        this.invitations = invitations;
    }

    /** The organizations the caller runs (an organizer) or belongs to (a worker). */
    @Operation(operationId = "listOrganizations")
    @Get
    List<OrganizationView> list(Authentication auth) {
        return organizations.of(SignedInAccount.idOf(auth));
    }

    /** One organization, for its organizers and members; for anyone else it does not exist. */
    @Operation(operationId = "getOrganization")
    @Get("/{id}")
    OrganizationView get(Authentication auth, UUID id) {
        return organizations.visibleTo(id, SignedInAccount.idOf(auth))
                .orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    /** How many members there are and how many gave each consent; handles only of those who gave casework consent. */
    @Operation(operationId = "organizationMembers")
    @Get("/{id}/members")
    @Secured("ORGANIZER")
    MembersSummary members(Authentication auth, UUID id) {
        return consents.summary(id, SignedInAccount.idOf(auth));
    }

    /** Makes an invitation code; the code is in this answer only. */
    @Operation(operationId = "createInvitation")
    @Post("/{id}/invitations")
    @Secured("ORGANIZER")
    HttpResponse<InvitationView> invite(Authentication auth, UUID id, @Body @Valid CreateInvitationRequest request) {
        InvitationView created = invitations.create(id, SignedInAccount.idOf(auth), request);
        return HttpResponse.created(created, URI.create(PATH + "/" + id + "/invitations/" + created.id()));
    }

    /** The organization's invitations with their use counts and states, never their codes. */
    @Operation(operationId = "listInvitations")
    @Get("/{id}/invitations")
    @Secured("ORGANIZER")
    List<InvitationView> invitations(Authentication auth, UUID id) {
        return invitations.list(id, SignedInAccount.idOf(auth));
    }

    /** Revokes an invitation: its code no longer lets anyone in. */
    @Operation(operationId = "revokeInvitation")
    @Post("/{id}/invitations/{invitationId}/revoke")
    @Secured("ORGANIZER")
    InvitationView revoke(Authentication auth, UUID id, UUID invitationId) {
        return invitations.revoke(id, SignedInAccount.idOf(auth), invitationId);
    }
}
