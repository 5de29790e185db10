package coop.steward.organizing.rollup;

import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;

/**
 * {@code java -jar steward.jar rebuild-rollups}: starts the application without its HTTP server, recomputes every
 * rollup row from the ledger against the configured database, prints what it did and exits.
 */
public final class RebuildCommand {

    public static final String NAME = "rebuild-rollups";

    private RebuildCommand() {
    }

    /** Runs the rebuild in a started context; answers the process's exit status. */
    public static int run(ApplicationContext context, PrintStream out) {
        RebuildReport report = context.getBean(Rollups.class).rebuildAll();
        out.printf("rebuilt the rollups of %d workers: %d rows in %d ms%n", report.workers(), report.rows(),
                report.took().toMillis());
        return 0;
    }
}
