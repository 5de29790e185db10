package coop.steward.organizing;

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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** A worker shares one grievance with one organization, reads its organizers' notes, and unshares it. */
@Controller("/api/grievances/{grievanceId}/share")
@Secured("WORKER")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class GrievanceShareController {

    private final Casework casework;

    GrievanceShareController(Casework casework) {
        this.casework = casework;
    }

    /** Shares the grievance with an organization the worker gave casework consent to. */
    @Operation(operationId = "shareGrievance")
    @Put
    ShareView share(Authentication auth, UUID grievanceId, @Body @Valid ShareRequest request) {
        return casework.share(SignedInAccount.idOf(auth), grievanceId, request.organizationId());
    }

    /** With whom the grievance is shared, and the organizers' notes on it. */
    @Operation(operationId = "getGrievanceShare")
    @Get
    ShareView get(Authentication auth, UUID grievanceId) {
        return casework.shareOf(SignedInAccount.idOf(auth), grievanceId);
    }

    /** Unshares the grievance: the organization's access ends at once. */
    @Operation(operationId = "unshareGrievance")
    @Delete
    HttpResponse<Void> unshare(Authentication auth, UUID grievanceId) {
        casework.unshare(SignedInAccount.idOf(auth), grievanceId);
        return HttpResponse.noContent();
    }
}
