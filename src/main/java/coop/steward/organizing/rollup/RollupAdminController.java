package coop.steward.organizing.rollup;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** An admin recomputes every rollup row from the ledger (after a change to the rules, or to check the maintained ones). */
@Controller("/api/admin/rollups")
@Secured("ADMIN")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class RollupAdminController {

    private final Rollups rollups;

    RollupAdminController(Rollups rollups) {
        this.rollups = rollups;
    }

    /** Recomputes every worker's rows; answers how many workers and rows, and how long it took. Counts only. */
    @Operation(operationId = "rebuildRollups")
    @Post("/rebuild")
    RebuildView rebuild() {
        RebuildReport report = rollups.rebuildAll();
        return new RebuildView(report.workers(), report.rows(), report.took().toMillis());
    }

    /** What a rebuild did. */
    @Serdeable
    record RebuildView(int workers, int rows, long tookMillis) {
    }
}
