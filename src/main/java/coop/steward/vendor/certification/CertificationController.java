package coop.steward.vendor.certification;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A VENDOR account's self-certifications of its own vendor: start one against a guideline, answer and offer evidence
 * while it is a draft, attest it. {@code language} (en, fr, es, sw) chooses the language of the questions and of the
 * certificate.
 */
@Controller(CertificationController.PATH)
@Secured("VENDOR")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificationController {

    static final String PATH = "/api/vendor/certifications";

    private final Certifications certifications;

    CertificationController(Certifications certifications) {
        this.certifications = certifications;
    }

    @Operation(operationId = "listCertifications", summary = "The vendor's certifications, newest first")
    @Get
    List<CertificationSummary> list(Authentication auth) {
        return certifications.list(SignedInAccount.idOf(auth));
    }

    @Operation(operationId = "startCertification", summary = "Start a self-certification against a guideline")
    @Post("{?language}")
    HttpResponse<CertificationView> start(Authentication auth, @Valid @Body StartCertificationRequest request,
                                          @Nullable @QueryValue String language) {
        Certifications.Started started = certifications.start(SignedInAccount.idOf(auth), request, chosen(language));
        URI location = URI.create(PATH + "/" + started.view().id());
        return started.created() ? HttpResponse.created(started.view(), location)
                : HttpResponse.ok(started.view()).header(HttpHeaders.LOCATION, location.toString());
    }

    @Operation(operationId = "getCertification", summary = "A certification with its questions and answers")
    @Get("/{certificationId}{?language}")
    CertificationView get(Authentication auth, @PathVariable UUID certificationId, @Nullable @QueryValue String language) {
        return certifications.get(SignedInAccount.idOf(auth), certificationId, chosen(language));
    }

    @Operation(operationId = "answerQuestion", summary = "Save a draft answer to one question")
    @Put("/{certificationId}/answers/{criterionId}{?language}")
    QuestionView answer(Authentication auth, @PathVariable UUID certificationId, @PathVariable String criterionId,
                        @Valid @Body AnswerRequest request, @Nullable @QueryValue String language) {
        return certifications.answer(SignedInAccount.idOf(auth), certificationId, criterionId, request, chosen(language));
    }

    @Operation(operationId = "uploadCertificationEvidence", summary = "Offer a document (PDF or image) for an answer")
    @Post(value = "/{certificationId}/answers/{criterionId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<EvidenceView> upload(Authentication auth, @PathVariable UUID certificationId,
                                      @PathVariable String criterionId, CompletedFileUpload file) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload held in memory", e);
        }
        String declared = file.getContentType().map(MediaType::toString).orElse(null);
        Certifications.EvidenceUpload upload = certifications.addEvidence(SignedInAccount.idOf(auth), certificationId,
                criterionId, bytes, file.getFilename(), declared);
        URI location = URI.create(PATH + "/" + certificationId + "/evidence/" + upload.view().id());
        return upload.stored() ? HttpResponse.created(upload.view(), location)
                : HttpResponse.ok(upload.view()).header(HttpHeaders.LOCATION, location.toString());
    }

    @Operation(operationId = "downloadCertificationEvidence", summary = "Download an evidence document as stored")
    @Get("/{certificationId}/evidence/{evidenceId}")
    HttpResponse<byte[]> download(Authentication auth, @PathVariable UUID certificationId, @PathVariable UUID evidenceId) {
        CertificationEvidence file = certifications.evidenceFile(SignedInAccount.idOf(auth), certificationId, evidenceId);
        return HttpResponse.ok(file.content())
                .contentType(file.mediaType())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.id()
                        + Certifications.extension(file.mediaType()) + "\"")
                .header("Digest", "sha-256=" + file.sha256());
    }

    @Operation(operationId = "deleteCertificationEvidence", summary = "Remove an evidence document from a draft")
    @Delete("/{certificationId}/evidence/{evidenceId}")
    HttpResponse<Void> delete(Authentication auth, @PathVariable UUID certificationId, @PathVariable UUID evidenceId) {
        certifications.deleteEvidence(SignedInAccount.idOf(auth), certificationId, evidenceId);
        return HttpResponse.noContent();
    }

    @Operation(operationId = "attestCertification", summary = "Attest a complete certification; its answers freeze")
    @Post("/{certificationId}/attestation{?language}")
    CertificationView attest(Authentication auth, @PathVariable UUID certificationId,
                             @Valid @Body AttestationRequest request, @Nullable @QueryValue String language) {
        return certifications.attest(SignedInAccount.idOf(auth), certificationId, request, chosen(language));
    }

    static Language chosen(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Language.EN;
        }
        if (!Language.codes().contains(code)) {
            throw ProblemException.invalid("language", Language.MESSAGE);
        }
        return Language.of(code);
    }
}
