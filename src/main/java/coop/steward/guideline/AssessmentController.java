package coop.steward.guideline;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.ReportingPeriod;
import coop.steward.common.validation.Language;
import coop.steward.common.web.SignedInAccount;
import coop.steward.guideline.model.Assessment;
import coop.steward.guideline.model.Assessor;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.WorkLog;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** A worker's own records held against a guideline: findings, formulas and back pay. */
@Controller
@Requires(beans = WorkLogSource.class)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("WORKER")
@SecurityRequirement(name = "bearer")
class AssessmentController {

    static final String ASSESSMENT = "/api/assessment";

    private final PolicyTemplates templates;
    private final WorkLogSource source;
    private final Clock clock;

    AssessmentController(PolicyTemplates templates, WorkLogSource source, Clock clock) {
        this.templates = templates;
        this.source = source;
        this.clock = clock;
    }

    /** {@code language} (en, fr, es or sw; en by default) chooses the language of the criteria's texts. */
    @Operation(operationId = "assessLedger", summary = "Assess the ledger against a guideline")
    @Get(ASSESSMENT)
    Assessment assess(Authentication authentication, @QueryValue String guideline, @QueryValue String from,
                      @QueryValue String to, @Nullable @QueryValue String language) {
        Language chosenLanguage = Languages.chosen(language);
        Guideline chosen = templates.guideline(guideline)
                .orElseThrow(() -> ProblemException.invalid("guideline", "no guideline with this id"));
        LocalDate start = ReportingPeriod.day("from", from);
        LocalDate end = ReportingPeriod.day("to", to);
        ReportingPeriod.check(start, end);
        UUID worker = SignedInAccount.idOf(authentication);
        WorkLog log = source.load(worker, start, end);
        return new Assessor(templates.tables()).assess(chosen, log, start, end, LocalDate.ofInstant(clock.instant(), log.zone()),
                chosenLanguage);
    }
}
