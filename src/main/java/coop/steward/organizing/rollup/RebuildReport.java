package coop.steward.organizing.rollup;

import java.time.Duration;

/** What a rebuild of every rollup row did: the workers recomputed, the rows written and how long it took. */
public record RebuildReport(int workers, int rows, Duration took) {
}
