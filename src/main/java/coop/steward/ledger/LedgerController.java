package coop.steward.ledger;

import coop.steward.common.web.SignedInAccount;
import coop.steward.common.problem.ProblemException;
import coop.steward.record.HashChain;
import coop.steward.record.Verification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.time.LocalDate;
import io.swagger.v3.oas.annotations.Operation;

/** The worker's whole ledger: what it adds up to, and whether its chain still holds. */
@Controller("/api/ledger")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class LedgerController {

    private final HashChain chain;
    private final LedgerSummaries summaries;

    LedgerController(HashChain chain, LedgerSummaries summaries) {
        this.chain = chain;
        this.summaries = summaries;
    }

    @Operation(operationId = "ledgerSummary", summary = "Earnings and hours over a period")
    @Get("/summary{?from,to}")
    LedgerSummary summary(Authentication auth, @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to) {
        if (from == null) {
            throw ProblemException.invalid("from", "is required: the first day, such as 2026-03-02");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "is required: the last day, such as 2026-03-29");
        }
        return summaries.summarize(SignedInAccount.idOf(auth), from, to);
    }

    @Operation(operationId = "verifyLedger", summary = "Verify the worker's hash chain")
    @Get("/verify")
    Verification verify(Authentication auth) {
        return chain.verify(SignedInAccount.idOf(auth));
    }
}
