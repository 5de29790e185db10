package coop.steward.organizing;

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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;

/** Lets an admin open organizations, each with its first organizer, and list them. */
@Controller(AdminOrganizationController.PATH)
@Secured("ADMIN")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminOrganizationController {

    static final String PATH = "/api/admin/organizations";

    private final Organizations organizations;

    AdminOrganizationController(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Opens an organization with its first organizer, who must hold an ORGANIZER account. */
    @Operation(operationId = "createOrganization")
    @Post
    HttpResponse<OrganizationView> create(Authentication auth, @Body @Valid CreateOrganizationRequest request) {
        OrganizationView created = organizations.create(SignedInAccount.idOf(auth), request);
        return HttpResponse.created(created, URI.create(OrganizationController.PATH + "/" + created.id()));
    }

    /** Every organization on this instance, without anything of its members. */
    @Operation(operationId = "listOrganizationsAsAdmin")
    @Get
    List<OrganizationView> list() {
        return organizations.all();
    }
}
