package coop.steward.guideline.model;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Everything one worker recorded that bears on a period, and the time zone that decides their days and weeks. */
public record WorkLog(UUID workerId, ZoneId zone, List<Engagement> engagements, List<WorkSession> sessions,
                      List<Payment> payments) {

    public WorkLog {
        engagements = List.copyOf(engagements);
        sessions = List.copyOf(sessions);
        payments = List.copyOf(payments);
    }
}
