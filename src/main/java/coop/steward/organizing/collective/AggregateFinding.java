package coop.steward.organizing.collective;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One guideline criterion assessed on a cell's published figures: the result, the figure and threshold compared,
 * the formula in words with the figures filled in (or, for not enough data, why), and the published cells used.
 */
@Serdeable
public record AggregateFinding(
        String criterionId,
        String principle,
        String text,
        String metric,
        Status status,
        @Nullable String figure,
        @Nullable String threshold,
        String formula,
        List<String> cellsUsed) {

    public AggregateFinding {
        cellsUsed = List.copyOf(cellsUsed);
    }

    /** What the published figures say about the criterion. */
    public enum Status {
        /** The figures that measure it were published and none shows a breach. */
        MET,
        /** A published figure shows the criterion broken. */
        BREACHED,
        /** A figure it needs is suppressed, missing, or not among what is published. */
        NOT_ENOUGH_DATA
    }
}
