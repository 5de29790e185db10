package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of one criterion: the measured value against the threshold, the formula with the worker's numbers
 * in it, the ISO weeks affected, the records it rests on, and for pay criteria the back pay owed.
 * {@code reason} says why there was not enough data.
 */
public record Finding(
        String criterionId,
        String principle,
        String text,
        String citation,
        Severity severity,
        String metric,
        Status status,
        BigDecimal measured,
        String unit,
        ThresholdView threshold,
        String formula,
        List<String> weeksAffected,
        List<UUID> recordIds,
        BackPay backPay,
        String reason) {

    public Finding {
        weeksAffected = List.copyOf(weeksAffected);
        recordIds = List.copyOf(recordIds);
    }
}
