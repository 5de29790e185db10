package coop.steward.vendor.publicregistry;

import coop.steward.common.web.SignedInAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** A VENDOR account's own registry figures and contested claims. */
@Controller("/api/vendor/me/registry")
@Secured("VENDOR")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class VendorRegistryController {

    private final VendorRegistryViews views;

    VendorRegistryController(VendorRegistryViews views) {
        this.views = views;
    }

    /** The vendor's published figures and contested claims with why; audited. 404 until an admin links a vendor. */
    @Operation(operationId = "getOwnRegistryView")
    @Get
    VendorRegistryView get(Authentication auth, @Nullable @QueryValue String lang) {
        return views.of(SignedInAccount.idOf(auth), RegistryApiController.language(lang));
    }
}
