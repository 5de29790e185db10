package coop.steward.organizing;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.ReportingPeriod;
import coop.steward.common.web.SignedInAccount;
import coop.steward.guideline.GuidelineView;
import coop.steward.guideline.PolicyTemplates;
import coop.steward.guideline.WorkLogSource;
import coop.steward.guideline.model.Assessment;
import coop.steward.guideline.model.Assessor;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.WorkLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** An organization's own guidelines: uploaded by its organizers, read by its members, who hold their records against them. */
@Controller(OrganizationController.PATH + "/{organizationId}/guidelines")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationGuidelineController {

    static final String YAML = "application/yaml";
    private static final int MAX_YAML_CHARS = 256 * 1024;

    private final OrganizationGuidelines guidelines;
    private final PolicyTemplates templates;
    private final WorkLogSource records;
    private final Clock clock;

    OrganizationGuidelineController(OrganizationGuidelines guidelines, PolicyTemplates templates, WorkLogSource records,
                                    Clock clock) {
        this.guidelines = guidelines;
        this.templates = templates;
        this.records = records;
        this.clock = clock;
    }

    /** Uploads a guideline in the policy-templates YAML format; a new upload of the same id is its next version. */
    @Operation(operationId = "uploadOrganizationGuideline")
    @Post
    @Secured("ORGANIZER")
    @Consumes({YAML, "text/yaml", MediaType.TEXT_PLAIN})
    HttpResponse<OrganizationGuidelineView> upload(Authentication auth, UUID organizationId,
                                                   @Nullable @QueryValue String fileName, @Body String yaml) {
        if (yaml.length() > MAX_YAML_CHARS) {
            throw ProblemException.invalid("body", "a guideline may hold at most " + MAX_YAML_CHARS + " characters");
        }
        String name = fileName == null || fileName.isBlank() ? "guideline.yaml" : fileName.strip();
        if (name.length() > 120) {
            throw ProblemException.invalid("fileName", "must be at most 120 characters");
        }
        OrganizationGuidelineView stored = guidelines.upload(organizationId, SignedInAccount.idOf(auth), name, yaml);
        return HttpResponse.created(stored, URI.create(OrganizationController.PATH + "/" + organizationId
                + "/guidelines/" + stored.id()));
    }

    /** The organization's guidelines at their latest versions. */
    @Operation(operationId = "listOrganizationGuidelines")
    @Get
    List<OrganizationGuidelineView> list(Authentication auth, UUID organizationId) {
        return guidelines.list(organizationId, SignedInAccount.idOf(auth));
    }

    /** One guideline with its criteria; the latest version unless {@code version} asks for an earlier one. */
    @Operation(operationId = "getOrganizationGuideline")
    @Get("/{guidelineId}")
    GuidelineView get(Authentication auth, UUID organizationId, String guidelineId, @Nullable @QueryValue Integer version) {
        return GuidelineView.of(guidelines.get(organizationId, SignedInAccount.idOf(auth), guidelineId,
                Optional.ofNullable(version)));
    }

    /** A member's own records held against the organization's guideline: findings, formulas and back pay. */
    @Operation(operationId = "assessOrganizationGuideline")
    @Get("/{guidelineId}/assessment")
    @Secured("WORKER")
    Assessment assess(Authentication auth, UUID organizationId, String guidelineId, @QueryValue String from,
                      @QueryValue String to) {
        UUID worker = SignedInAccount.idOf(auth);
        Guideline guideline = guidelines.get(organizationId, worker, guidelineId, Optional.empty());
        LocalDate start = ReportingPeriod.day("from", from);
        LocalDate end = ReportingPeriod.day("to", to);
        ReportingPeriod.check(start, end);
        WorkLog log = records.load(worker, start, end);
        return new Assessor(templates.tables()).assess(guideline, log, start, end,
                LocalDate.ofInstant(clock.instant(), log.zone()));
    }
}
