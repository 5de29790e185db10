package coop.steward.ledger;

import coop.steward.ledger.chain.LedgerChain;
import coop.steward.ledger.chain.Verification;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** The worker's whole ledger: whether its chain still holds. */
@Controller("/api/ledger")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class LedgerController {

    private final LedgerChain chain;

    LedgerController(LedgerChain chain) {
        this.chain = chain;
    }

    @Get("/verify")
    Verification verify(Authentication auth) {
        return chain.verify(Workers.idOf(auth));
    }
}
