package coop.steward.vendor.publicregistry;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** The public registry as data: what the registry pages show, for anyone, signed in or not. */
@Controller("/api/registry/vendors")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistryApiController {

    private final PublicRegistry registry;

    RegistryApiController(PublicRegistry registry) {
        this.registry = registry;
    }

    /** Every canonical vendor with its aliases and whether it has a current certification. */
    @Operation(operationId = "listRegistryVendors")
    @Get
    List<RegistryEntry> list() {
        return registry.entries();
    }

    /**
     * One vendor: names, k-suppressed figures, certifications with each claim beside the records' finding, contested
     * marks, the vendor's responses and organizations' notes. Texts of findings in {@code lang} (default en).
     */
    @Operation(operationId = "getRegistryVendor")
    @Get("/{vendorId}")
    RegistryVendor get(String vendorId, @Nullable @QueryValue String lang) {
        UUID id = RegistryIds.parse(vendorId).orElseThrow(() -> ProblemException.invalid("vendorId", "must be a UUID"));
        return registry.vendor(id, language(lang)).orElseThrow(() -> ProblemException.notFound("Vendor"));
    }

    static Language language(@Nullable String lang) {
        if (lang == null) {
            return Language.EN;
        }
        if (!Language.codes().contains(lang)) {
            throw ProblemException.invalid("lang", Language.MESSAGE);
        }
        return Language.of(lang);
    }
}
