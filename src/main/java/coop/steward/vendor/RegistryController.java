package coop.steward.vendor;

import coop.steward.common.web.SignedInAccount;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** Curating the registry, for admins and the organizers they made curators: vendors, names, and the queue of unmatched names. */
@Controller(RegistryController.PATH)
@Secured({"ADMIN", "ORGANIZER"})
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistryController {

    static final String PATH = "/api/registry";

    private final Curators curators;
    private final VendorRegistry registry;
    private final VendorQueue queue;

    RegistryController(Curators curators, VendorRegistry registry, VendorQueue queue) {
        this.curators = curators;
        this.registry = registry;
        this.queue = queue;
    }

    /** Adds a canonical vendor. */
    @Operation(operationId = "createVendor")
    @Post("/vendors")
    HttpResponse<VendorView> create(Authentication auth, @Body @Valid CreateVendorRequest request) {
        curators.require(auth);
        VendorView created = queue.createFrom(SignedInAccount.idOf(auth), role(auth), request);
        return HttpResponse.created(created, URI.create(VendorController.PATH + "/" + created.id()));
    }

    /** Adds an alias or a project code name to a vendor. */
    @Operation(operationId = "addVendorName")
    @Post("/vendors/{id}/names")
    VendorView addName(Authentication auth, UUID id, @Body @Valid AddNameRequest request) {
        curators.require(auth);
        return registry.addName(id, request);
    }

    /** The vendor names workers typed that the registry does not know, with how many workers use each; never who. */
    @Operation(operationId = "listNameQueue")
    @Get("/queue")
    List<QueuedName> queue(Authentication auth) {
        curators.require(auth);
        return queue.pending(SignedInAccount.idOf(auth), role(auth));
    }

    /** Matches a queued name to a vendor; workers' records are not touched. */
    @Operation(operationId = "matchQueuedName")
    @Post("/queue/match")
    VendorView match(Authentication auth, @Body @Valid MatchRequest request) {
        curators.require(auth);
        return queue.match(SignedInAccount.idOf(auth), role(auth), request);
    }

    /** Makes a new canonical vendor of a queued name. */
    @Operation(operationId = "createVendorFromQueue")
    @Post("/queue/create")
    HttpResponse<VendorView> createFromQueue(Authentication auth, @Body @Valid CreateVendorRequest request) {
        return create(auth, request);
    }

    /** Rejects a queued name as no vendor: it leaves the queue. */
    @Operation(operationId = "rejectQueuedName")
    @Post("/queue/reject")
    HttpResponse<Void> reject(Authentication auth, @Body @Valid QueuedNameRequest request) {
        curators.require(auth);
        queue.reject(SignedInAccount.idOf(auth), role(auth), request.name());
        return HttpResponse.noContent();
    }

    private static String role(Authentication auth) {
        return auth.getRoles().iterator().next();
    }
}
