package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A metric's value with its formula, the weeks where it went wrong and the records it was computed from. */
record Measurement(BigDecimal value, String formula, List<String> weeks, List<UUID> recordIds) {

    Measurement {
        weeks = weeks.stream().distinct().sorted().toList();
        recordIds = List.copyOf(recordIds);
    }
}
