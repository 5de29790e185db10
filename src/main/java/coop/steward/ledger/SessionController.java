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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** A worker's work sessions: {@code PUT} by client-chosen id creates or corrects, {@code DELETE} leaves a tombstone. */
@Controller(SessionController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    static final String PATH = "/api/sessions";

    private final Sessions sessions;

    SessionController(Sessions sessions) {
        this.sessions = sessions;
    }

    @Operation(operationId = "putSession", summary = "Record or correct a work session")
    @Put("/{id}")
    HttpResponse<SessionView> put(Authentication auth, UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                  @Body @Valid SessionRequest request) {
        return RevisionHttp.respond(sessions.put(SignedInAccount.idOf(auth), id, RevisionHttp.ifMatch(ifMatch), request),
                URI.create(PATH + "/" + id), SessionView::revision);
    }

    @Operation(operationId = "getSession", summary = "Read a work session")
    @Get("/{id}")
    HttpResponse<SessionView> get(Authentication auth, UUID id) {
        SessionView view = sessions.find(SignedInAccount.idOf(auth), id).orElseThrow(() -> ProblemException.notFound("Session"));
        return RevisionHttp.current(view, view.revision());
    }

    @Operation(operationId = "listSessions", summary = "List the worker's work sessions")
    @Get("{?from,to}")
    List<SessionView> list(Authentication auth, @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to) {
        return sessions.list(SignedInAccount.idOf(auth), from, to);
    }

    @Operation(operationId = "sessionHistory", summary = "Every revision of a work session")
    @Get("/{id}/history")
    List<RevisionView<SessionView>> history(Authentication auth, UUID id) {
        return sessions.history(SignedInAccount.idOf(auth), id);
    }

    @Operation(operationId = "deleteSession", summary = "Delete a work session (a tombstone in the chain)")
    @Delete("/{id}")
    HttpResponse<Void> delete(Authentication auth, UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        sessions.delete(SignedInAccount.idOf(auth), id, RevisionHttp.ifMatch(ifMatch));
        return HttpResponse.noContent();
    }
}
