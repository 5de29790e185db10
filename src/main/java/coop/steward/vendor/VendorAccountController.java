package coop.steward.vendor;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.Operation;

/** A VENDOR account's own vendor. */
@Controller("/api/vendor/me")
@Secured("VENDOR")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class VendorAccountController {

    private final VendorAccounts vendorAccounts;

    VendorAccountController(VendorAccounts vendorAccounts) {
        this.vendorAccounts = vendorAccounts;
    }

    /** The canonical vendor this account speaks for; 404 until an admin links one. */
    @Operation(operationId = "getOwnVendor")
    @Get
    VendorView get(Authentication auth) {
        return vendorAccounts.vendorOf(SignedInAccount.idOf(auth)).orElseThrow(() -> ProblemException.notFound("Vendor"));
    }
}
