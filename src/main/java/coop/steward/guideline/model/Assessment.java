package coop.steward.guideline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A worker's records for a period held against every criterion of one guideline on the day {@code asOf}; the weeks
 * whose promised payment date had not passed by then are listed apart in {@code notYetDue}.
 */
public record Assessment(String guidelineId, String guidelineVersion, UUID workerId, LocalDate from, LocalDate to,
                         LocalDate asOf,
                         String timeZone, List<PendingWeek> notYetDue, List<Finding> findings) {

    public Assessment {
        notYetDue = List.copyOf(notYetDue);
        findings = List.copyOf(findings);
    }
}
