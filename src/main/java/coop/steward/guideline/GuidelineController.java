package coop.steward.guideline;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
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

    /** {@code language} (en, fr, es or sw; en by default) chooses the language of the criteria's texts. */
    @Operation(operationId = "getGuideline", summary = "Read a guideline")
    @Get(GUIDELINES + "/{id}{?language}")
    GuidelineView get(@PathVariable String id, @Nullable @QueryValue String language) {
        Language chosen = Languages.chosen(language);
        return templates.guideline(id).map(guideline -> GuidelineView.of(guideline, chosen))
                .orElseThrow(() -> ProblemException.notFound("Guideline"));
    }
}
