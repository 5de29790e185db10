package coop.steward.grievance;

import coop.steward.common.web.SignedInAccount;
import coop.steward.common.problem.ProblemException;
import coop.steward.record.web.RevisionHttp;
import coop.steward.record.RevisionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
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

/** A worker's grievances: {@code PUT} by client-chosen id creates or corrects, {@code DELETE} leaves a tombstone. */
@Controller(GrievanceController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class GrievanceController {

    static final String PATH = "/api/grievances";

    private final Grievances grievances;

    GrievanceController(Grievances grievances) {
        this.grievances = grievances;
    }

    @Operation(operationId = "putGrievance", summary = "Record or correct a grievance")
    @Put("/{id}")
    HttpResponse<GrievanceView> put(Authentication auth, UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                    @Body @Valid GrievanceRequest request) {
        return RevisionHttp.respond(grievances.put(SignedInAccount.idOf(auth), id, RevisionHttp.ifMatch(ifMatch), request),
                URI.create(PATH + "/" + id), GrievanceView::revision);
    }

    @Operation(operationId = "getGrievance", summary = "Read a grievance")
    @Get("/{id}")
    HttpResponse<GrievanceView> get(Authentication auth, UUID id) {
        GrievanceView view = grievances.find(SignedInAccount.idOf(auth), id).orElseThrow(() -> ProblemException.notFound("Grievance"));
        return RevisionHttp.current(view, view.revision());
    }

    @Operation(operationId = "listGrievances", summary = "List the worker's grievances")
    @Get
    List<GrievanceView> list(Authentication auth) {
        return grievances.list(SignedInAccount.idOf(auth));
    }

    @Operation(operationId = "grievanceHistory", summary = "Every revision of a grievance")
    @Get("/{id}/history")
    List<RevisionView<GrievanceRevisionView>> history(Authentication auth, UUID id) {
        return grievances.history(SignedInAccount.idOf(auth), id);
    }

    @Operation(operationId = "deleteGrievance", summary = "Delete a grievance (a tombstone in the chain)")
    @Delete("/{id}")
    HttpResponse<Void> delete(Authentication auth, UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        grievances.delete(SignedInAccount.idOf(auth), id, RevisionHttp.ifMatch(ifMatch));
        return HttpResponse.noContent();
    }

}
