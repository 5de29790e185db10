package coop.steward.organizing.collective;

import coop.steward.common.limits.LimitedAction;
import coop.steward.common.limits.RateLimits;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** An organization's collective evidence packs: made, listed and downloaded by its organizers only. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
class CollectivePackController {

    static final String PACKS = "/api/organizations/{id}/collective-packs";
    static final String PDF = PACKS + "/{packId}.pdf";

    private final CollectivePacks packs;
    private final RateLimits limits;

    CollectivePackController(CollectivePacks packs, RateLimits limits) {
        this.packs = packs;
        this.limits = limits;
    }

    @Operation(operationId = "createCollectivePack", summary = "Build and sign a collective evidence pack for one vendor")
    @Post(PACKS)
    HttpResponse<CollectivePackView> create(Authentication authentication, @PathVariable UUID id,
                                            @Body @Valid CreateCollectivePackRequest request) {
        UUID viewer = SignedInAccount.idOf(authentication);
        limits.spend(LimitedAction.COLLECTIVE_PACKS, viewer.toString());
        CollectivePackView pack = packs.create(id, viewer, request.vendor(), Language.of(request.language()),
                request.guidelineIds());
        return HttpResponse.created(pack, URI.create(PDF.replace("{id}", id.toString())
                .replace("{packId}", pack.id().toString())));
    }

    @Operation(operationId = "listCollectivePacks", summary = "List an organization's collective evidence packs")
    @Get(PACKS)
    List<CollectivePackView> list(Authentication authentication, @PathVariable UUID id) {
        return packs.list(id, SignedInAccount.idOf(authentication));
    }

    @Operation(operationId = "downloadCollectivePack", summary = "Download a collective evidence pack as signed PDF")
    @Get(PDF)
    @Produces(MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> download(Authentication authentication, @PathVariable UUID id, @PathVariable UUID packId) {
        byte[] pdf = packs.pdf(id, SignedInAccount.idOf(authentication), packId)
                .orElseThrow(() -> ProblemException.notFound("Collective pack"));
        return HttpResponse.ok(pdf)
                .contentType(MediaType.APPLICATION_PDF_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"collective-pack-" + packId + ".pdf\"");
    }
}
