package coop.steward.organizing;

import coop.steward.common.web.SignedInAccount;
import coop.steward.grievance.AttachmentFile;
import io.micronaut.http.HttpHeaders;
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

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** The grievances workers shared with an organization, for its organizers: read, noted and escalated. Every read is audited. */
@Controller(OrganizationController.PATH + "/{organizationId}/cases")
@Secured("ORGANIZER")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseworkController {

    private final Casework casework;

    CaseworkController(Casework casework) {
        this.casework = casework;
    }

    /** The grievances currently shared with the organization, newest share first. */
    @Operation(operationId = "listCases")
    @Get
    List<CaseView> list(Authentication auth, UUID organizationId) {
        return casework.cases(organizationId, SignedInAccount.idOf(auth));
    }

    /** One shared grievance with its attachments, letters, the worker's handle and the notes. */
    @Operation(operationId = "getCase")
    @Get("/{grievanceId}")
    CaseView get(Authentication auth, UUID organizationId, UUID grievanceId) {
        return casework.read(organizationId, SignedInAccount.idOf(auth), grievanceId);
    }

    /** One attachment of a shared grievance, as the worker stored it. */
    @Operation(operationId = "downloadCaseAttachment")
    @Get("/{grievanceId}/attachments/{attachmentId}")
    HttpResponse<byte[]> attachment(Authentication auth, UUID organizationId, UUID grievanceId, UUID attachmentId) {
        AttachmentFile file = casework.attachment(organizationId, SignedInAccount.idOf(auth), grievanceId, attachmentId);
        return HttpResponse.ok(file.content())
                .contentType(file.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.id() + "\"")
                .header("Digest", "sha-256=" + file.sha256());
    }

    /** Adds a note the worker will read; it never enters the worker's records or chain. */
    @Operation(operationId = "addCaseNote")
    @Post("/{grievanceId}/notes")
    HttpResponse<NoteView> note(Authentication auth, UUID organizationId, UUID grievanceId,
                                @Body @Valid NoteRequest request) {
        return HttpResponse.created(casework.addNote(organizationId, SignedInAccount.idOf(auth), grievanceId,
                request.body()));
    }

    /** Escalates the grievance: its status becomes ESCALATED. */
    @Operation(operationId = "escalateCase")
    @Post("/{grievanceId}/escalate")
    CaseView escalate(Authentication auth, UUID organizationId, UUID grievanceId) {
        return casework.escalate(organizationId, SignedInAccount.idOf(auth), grievanceId);
    }
}
