package coop.steward.evidence;

import coop.steward.common.limits.LimitedAction;
import coop.steward.common.limits.RateLimits;
import coop.steward.common.web.SignedInAccount;
import coop.steward.evidence.assembly.AssembledPack;
import coop.steward.evidence.assembly.PackAssembler;
import coop.steward.evidence.assembly.PackRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
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

/** A worker's own evidence packs: the list, and each signed PDF. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
class EvidencePackController {

    static final String PACKS = "/api/evidence-packs";
    static final String PDF = PACKS + "/{id}/pdf";

    private final EvidencePacks packs;
    private final PackAssembler assembler;
    private final RateLimits limits;

    EvidencePackController(EvidencePacks packs, PackAssembler assembler, RateLimits limits) {
        this.packs = packs;
        this.assembler = assembler;
        this.limits = limits;
    }

    /** Reads the records in one transaction, then renders and signs outside it, holding no connection. */
    @Operation(operationId = "createEvidencePack")
    @Post(PACKS)
    @Secured("WORKER")
    HttpResponse<PackView> create(Authentication authentication, @Body @Valid PackRequest request) {
        UUID worker = SignedInAccount.idOf(authentication);
        limits.spend(LimitedAction.EVIDENCE_PACKS, worker.toString());
        AssembledPack assembled = assembler.assemble(worker, request);
        PackView pack = packs.create(worker, assembled.content(), assembled.recordsJson(), assembled.chainHead());
        return HttpResponse.created(pack, URI.create(PDF.replace("{id}", pack.id().toString())));
    }

    @Operation(operationId = "listEvidencePacks", summary = "List the evidence packs made so far")
    @Get(PACKS)
    List<PackView> list(Authentication authentication) {
        return packs.list(SignedInAccount.idOf(authentication));
    }

    @Operation(operationId = "downloadEvidencePack", summary = "Download an evidence pack as signed PDF")
    @Get(PDF)
    @Produces(MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> download(Authentication authentication, @PathVariable UUID id) {
        PackPdf pdf = packs.download(SignedInAccount.idOf(authentication), id);
        return HttpResponse.ok(pdf.bytes())
                .contentType(MediaType.APPLICATION_PDF_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"");
    }

}
