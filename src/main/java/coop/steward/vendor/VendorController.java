package coop.steward.vendor;

import coop.steward.common.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** The vendor registry as anyone may read it: vendors and their names, nothing of any worker. */
@Controller(VendorController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class VendorController {

    static final String PATH = "/api/vendors";
    private static final int MAX_TYPED = 120;

    private final VendorRegistry registry;

    VendorController(VendorRegistry registry) {
        this.registry = registry;
    }

    /** Every canonical vendor with its aliases and project code names. */
    @Operation(operationId = "listVendors")
    @Get
    List<VendorView> list() {
        return registry.all();
    }

    /** Registry names matching what a worker is typing, for the app's suggestions; at most ten. */
    @Operation(operationId = "suggestVendors")
    @Get("/suggestions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    List<Suggestion> suggestions(@QueryValue String q) {
        return registry.suggest(bounded(q, "q"));
    }

    /** The canonical vendor a typed vendor name or project code name stands for; 404 while the registry does not know it. */
    @Operation(operationId = "resolveVendor")
    @Get("/resolve")
    ResolvedVendor resolve(@Nullable @QueryValue String name, @Nullable @QueryValue String codeName) {
        if ((name == null || name.isBlank()) && (codeName == null || codeName.isBlank())) {
            throw ProblemException.invalid("name", "give a vendor name or a project code name");
        }
        return registry.resolve(null, name == null ? null : bounded(name, "name"),
                codeName == null ? null : bounded(codeName, "codeName"))
                .orElseThrow(() -> ProblemException.notFound("Vendor"));
    }

    /** One canonical vendor. */
    @Operation(operationId = "getVendor")
    @Get("/{id}")
    VendorView get(UUID id) {
        return registry.find(id).orElseThrow(() -> ProblemException.notFound("Vendor"));
    }

    private static String bounded(String value, String field) {
        if (value.length() > MAX_TYPED) {
            throw ProblemException.invalid(field, "must be at most " + MAX_TYPED + " characters");
        }
        return value;
    }
}
