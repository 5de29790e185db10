package coop.steward.grievance;

import coop.steward.common.web.SignedInAccount;
import coop.steward.record.WriteOutcome;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/**
 * The files of a grievance: uploaded as multipart field {@code file} (201, or 200 with the stored one when the same
 * bytes were already attached), listed, and downloaded as stored.
 */
@Controller(AttachmentController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class AttachmentController {

    static final String PATH = GrievanceController.PATH + "/{grievanceId}/attachments";

    private final GrievanceAttachments attachments;

    AttachmentController(GrievanceAttachments attachments) {
        this.attachments = attachments;
    }

    @Operation(operationId = "uploadAttachment", summary = "Attach a file to a grievance")
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<AttachmentView> upload(Authentication auth, UUID grievanceId, CompletedFileUpload file) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload held in memory", e);
        }
        String declared = file.getContentType().map(MediaType::toString).orElse(null);
        WriteOutcome<AttachmentView> outcome = attachments.attach(SignedInAccount.idOf(auth), grievanceId, bytes,
                file.getFilename(), declared);
        AttachmentView view = outcome.revision();
        URI location = URI.create(GrievanceController.PATH + "/" + grievanceId + "/attachments/" + view.id());
        return outcome.stored() ? HttpResponse.created(view, location)
                : HttpResponse.ok(view).header(HttpHeaders.LOCATION, location.toString());
    }

    @Operation(operationId = "listAttachments", summary = "List a grievance's attachments")
    @Get
    List<AttachmentView> list(Authentication auth, UUID grievanceId) {
        return attachments.list(SignedInAccount.idOf(auth), grievanceId);
    }

    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @Get("/{attachmentId}")
    HttpResponse<byte[]> download(Authentication auth, UUID grievanceId, UUID attachmentId) {
        Attachment file = attachments.download(SignedInAccount.idOf(auth), grievanceId, attachmentId);
        // nosniff: the browser must not second-guess the type we detected, and attachment: never render inline.
        return HttpResponse.ok(file.content())
                .contentType(file.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.id() + extension(file) + "\"")
                .header("Digest", "sha-256=" + file.sha256());
    }

    private static String extension(Attachment file) {
        return switch (file.contentType()) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/webp" -> ".webp";
            case "application/pdf" -> ".pdf";
            default -> ".txt";
        };
    }
}
