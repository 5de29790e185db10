package coop.steward.evidence;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.UUID;

/** A worker's own evidence packs: the list, and each signed PDF. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
class EvidencePackController {

    static final String PACKS = "/api/evidence-packs";
    static final String PDF = PACKS + "/{id}/pdf";

    private final EvidencePacks packs;

    EvidencePackController(EvidencePacks packs) {
        this.packs = packs;
    }

    @Get(PACKS)
    List<PackView> list(Authentication authentication) {
        return packs.list(workerOf(authentication));
    }

    @Get(PDF)
    @Produces(MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> download(Authentication authentication, @PathVariable UUID id) {
        PackPdf pdf = packs.download(workerOf(authentication), id);
        return HttpResponse.ok(pdf.bytes())
                .contentType(MediaType.APPLICATION_PDF_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"");
    }

    private static UUID workerOf(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
