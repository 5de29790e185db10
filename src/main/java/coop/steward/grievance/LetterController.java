package coop.steward.grievance;

import coop.steward.common.limits.LimitedAction;
import coop.steward.common.limits.RateLimits;
import coop.steward.common.web.SignedInAccount;
import coop.steward.common.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/**
 * Generates a grievance's letters as PDF (the default) or plain text, chosen by {@code ?format=pdf|text} or
 * the {@code Accept} header, and records when one was sent.
 */
@Controller(LetterController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class LetterController {

    static final String PATH = GrievanceController.PATH + "/{grievanceId}/letters";
    static final String LETTER_ID_HEADER = "Letter-Id";

    private final GrievanceLetters letters;
    private final RateLimits limits;

    LetterController(GrievanceLetters letters, RateLimits limits) {
        this.letters = letters;
        this.limits = limits;
    }

    @Operation(operationId = "generateLetter", summary = "Write a letter about a grievance")
    @Post(produces = {MediaType.APPLICATION_PDF, MediaType.TEXT_PLAIN})
    HttpResponse<byte[]> generate(HttpRequest<?> http, Authentication auth, UUID grievanceId,
                                  @QueryValue @Nullable String format, @Body @Valid LetterRequest request) {
        boolean text = wantsText(http, format);
        limits.spend(LimitedAction.LETTERS, SignedInAccount.idOf(auth).toString());
        GeneratedLetter generated = letters.generate(SignedInAccount.idOf(auth), grievanceId, request);
        byte[] body = text ? generated.composed().asText().getBytes(StandardCharsets.UTF_8)
                : LetterPdf.render(generated.composed(), generated.letter().id(), generated.createdAt());
        String name = request.kind().name().toLowerCase().replace('_', '-') + "-" + generated.letter().issuedOn()
                + (text ? ".txt" : ".pdf");
        MutableHttpResponse<byte[]> response = HttpResponse.created(body,
                URI.create(GrievanceController.PATH + "/" + grievanceId + "/letters/" + generated.letter().id()));
        return response.contentType(text ? MediaType.TEXT_PLAIN + ";charset=utf-8" : MediaType.APPLICATION_PDF)
                .header(LETTER_ID_HEADER, generated.letter().id().toString())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    @Operation(operationId = "markLetterSent", summary = "Record that a letter was sent")
    @Post(value = "/{letterId}/sent", produces = MediaType.APPLICATION_JSON)
    LetterView sent(Authentication auth, UUID grievanceId, UUID letterId, @Body @Nullable SentRequest request) {
        return letters.markSent(SignedInAccount.idOf(auth), grievanceId, letterId,
                request == null ? null : request.sentAt());
    }

    private static boolean wantsText(HttpRequest<?> http, @Nullable String format) {
        if (format != null) {
            return switch (format) {
                case "text" -> true;
                case "pdf" -> false;
                default -> throw ProblemException.invalid("format", "must be pdf or text");
            };
        }
        return http.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_PLAIN_TYPE))
                && http.accept().stream().noneMatch(type -> type.matches(MediaType.APPLICATION_PDF_TYPE));
    }
}
