package coop.steward.ledger;

import coop.steward.record.RevisionView;
import coop.steward.record.web.RevisionHttp;
import coop.steward.common.web.SignedInAccount;
import coop.steward.common.problem.ProblemException;
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

/** A worker's gigs: {@code PUT} by client-chosen id creates or corrects, {@code DELETE} leaves a tombstone. */
@Controller(EngagementController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class EngagementController {

    static final String PATH = "/api/engagements";

    private final Engagements engagements;

    EngagementController(Engagements engagements) {
        this.engagements = engagements;
    }

    @Operation(operationId = "putEngagement", summary = "Record or correct a gig")
    @Put("/{id}")
    HttpResponse<EngagementView> put(Authentication auth, UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                     @Body @Valid EngagementRequest request) {
        return RevisionHttp.respond(engagements.put(SignedInAccount.idOf(auth), id, RevisionHttp.ifMatch(ifMatch), request),
                URI.create(PATH + "/" + id), EngagementView::revision);
    }

    @Operation(operationId = "getEngagement", summary = "Read a gig")
    @Get("/{id}")
    HttpResponse<EngagementView> get(Authentication auth, UUID id) {
        EngagementView view = engagements.find(SignedInAccount.idOf(auth), id)
                .orElseThrow(() -> ProblemException.notFound("Engagement"));
        return RevisionHttp.current(view, view.revision());
    }

    @Operation(operationId = "listEngagements", summary = "List the worker's gigs")
    @Get
    List<EngagementView> list(Authentication auth) {
        return engagements.list(SignedInAccount.idOf(auth));
    }

    @Operation(operationId = "engagementHistory", summary = "Every revision of a gig")
    @Get("/{id}/history")
    List<RevisionView<EngagementView>> history(Authentication auth, UUID id) {
        return engagements.history(SignedInAccount.idOf(auth), id);
    }

    @Operation(operationId = "deleteEngagement", summary = "Delete a gig (a tombstone in the chain)")
    @Delete("/{id}")
    HttpResponse<Void> delete(Authentication auth, UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        engagements.delete(SignedInAccount.idOf(auth), id, RevisionHttp.ifMatch(ifMatch));
        return HttpResponse.noContent();
    }
}
