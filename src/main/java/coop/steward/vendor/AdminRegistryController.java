package coop.steward.vendor;

import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** An admin appoints registry curators among organizers and links VENDOR accounts to their vendor. */
@Controller("/api/admin")
@Secured("ADMIN")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminRegistryController {

    private final Curators curators;
    private final VendorAccounts vendorAccounts;

    AdminRegistryController(Curators curators, VendorAccounts vendorAccounts) {
        this.curators = curators;
        this.vendorAccounts = vendorAccounts;
    }

    /** Makes an organizer account a curator of the registry. */
    @Operation(operationId = "appointCurator")
    @Put("/curators/{accountId}")
    HttpResponse<Void> appoint(Authentication auth, UUID accountId) {
        curators.appoint(SignedInAccount.idOf(auth), accountId);
        return HttpResponse.noContent();
    }

    /** Ends an organizer's curatorship. */
    @Operation(operationId = "dismissCurator")
    @Delete("/curators/{accountId}")
    HttpResponse<Void> dismiss(Authentication auth, UUID accountId) {
        curators.dismiss(SignedInAccount.idOf(auth), accountId);
        return HttpResponse.noContent();
    }

    /** Links a VENDOR account to the one canonical vendor it speaks for. */
    @Operation(operationId = "linkVendorAccount")
    @Put("/vendor-accounts/{accountId}")
    VendorView link(Authentication auth, UUID accountId, @Body @Valid LinkRequest request) {
        return vendorAccounts.link(SignedInAccount.idOf(auth), accountId, request.vendorId());
    }

    /** The vendor a VENDOR account is to speak for. */
    @Serdeable
    record LinkRequest(@NotNull UUID vendorId) {
    }
}
