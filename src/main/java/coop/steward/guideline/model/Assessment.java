package coop.steward.guideline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A worker's records for a period held against every criterion of one guideline. */
public record Assessment(String guidelineId, String guidelineVersion, UUID workerId, LocalDate from, LocalDate to,
                         String timeZone, List<Finding> findings) {

    public Assessment {
        findings = List.copyOf(findings);
    }
}
