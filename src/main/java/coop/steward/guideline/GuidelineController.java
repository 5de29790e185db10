package coop.steward.guideline;

import coop.steward.common.problem.ProblemException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.List;
import io.swagger.v3.oas.annotations.Operation;

/** The fair-work guidelines this instance holds records and vendors against. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
class GuidelineController {

    static final String GUIDELINES = "/api/guidelines";

    private final PolicyTemplates templates;

    GuidelineController(PolicyTemplates templates) {
        this.templates = templates;
    }

    @Operation(operationId = "listGuidelines", summary = "List the shipped guidelines")
    @Get(GUIDELINES)
    List<GuidelineSummary> list() {
        return templates.guidelines().stream().map(GuidelineSummary::of).toList();
    }

    @Operation(operationId = "getGuideline", summary = "Read a guideline")
    @Get(GUIDELINES + "/{id}")
    GuidelineView get(@PathVariable String id) {
        return templates.guideline(id).map(GuidelineView::of).orElseThrow(() -> ProblemException.notFound("Guideline"));
    }
}
