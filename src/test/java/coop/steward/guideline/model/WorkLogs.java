package coop.steward.guideline.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** Realistic ledger records for the engine's tests. */
final class WorkLogs {

    static final ZoneId KANSAS_CITY = ZoneId.of("America/Chicago");
    static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    private WorkLogs() {
    }

    /** A labeling contractor in Kansas City at $15 an hour, promised payment within 7 days of each week. */
    static Engagement kansasCityContractor(Integer paymentTimeframeDays) {
        return new Engagement(UUID.randomUUID(), "Invisible Technologies", "unknown", TaskKind.LABELING,
                PayBasis.HOURLY, 1500, "USD", Classification.CONTRACTOR, true, false, false, paymentTimeframeDays,
                LocalDate.of(2026, 1, 5), null, "US-MO", null);
    }

    /** The same contractor naming the Kansas City metro area, whose living wage is finer than Missouri's. */
    static Engagement kansasCityMetroContractor() {
        return new Engagement(UUID.randomUUID(), "Invisible Technologies", "unknown", TaskKind.LABELING,
                PayBasis.HOURLY, 1500, "USD", Classification.CONTRACTOR, true, false, false, 7,
                LocalDate.of(2026, 1, 5), null, "US-MO", "kansas-city-mo-ks");
    }

    /** A content moderator in Nairobi paid 15 US cents a task. */
    static Engagement nairobiPerTaskModerator() {
        return new Engagement(UUID.randomUUID(), "Remotasks", "unknown", TaskKind.CONTENT_MODERATION,
                PayBasis.PER_TASK, 15, "USD", Classification.CONTRACTOR, false, false, false, 7,
                LocalDate.of(2026, 1, 12), null, "KE", null);
    }

    static WorkSession session(Engagement engagement, ZoneId zone, LocalDateTime start, int paidMinutes,
                               Map<UnpaidCategory, Integer> unpaid, int tasksDone, Integer estimateMinutes) {
        int all = paidMinutes + unpaid.values().stream().mapToInt(Integer::intValue).sum();
        return new WorkSession(UUID.randomUUID(), engagement.id(), start.atZone(zone).toInstant(),
                start.plusMinutes(all).atZone(zone).toInstant(), zone.getId(), paidMinutes, unpaid, tasksDone, 0,
                estimateMinutes, Exposure.NONE, false);
    }

    static Payment payment(Engagement engagement, LocalDate paidOn, LocalDate periodStart, LocalDate periodEnd,
                           long grossMinor, long transferFeesMinor) {
        return new Payment(UUID.randomUUID(), engagement.id(), paidOn, periodStart, periodEnd, grossMinor, 0,
                transferFeesMinor, grossMinor - transferFeesMinor, engagement.currency(), "bank transfer");
    }
}
