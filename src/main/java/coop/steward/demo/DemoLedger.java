package coop.steward.demo;

import coop.steward.grievance.GrievanceCategory;
import coop.steward.grievance.GrievanceRequest;
import coop.steward.grievance.GrievanceStatus;
import coop.steward.grievance.Grievances;
import coop.steward.ledger.Classification;
import coop.steward.ledger.EngagementRequest;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.Exposure;
import coop.steward.ledger.PayBasis;
import coop.steward.ledger.PaymentMethod;
import coop.steward.ledger.PaymentRequest;
import coop.steward.ledger.Payments;
import coop.steward.ledger.SessionRequest;
import coop.steward.ledger.Sessions;
import coop.steward.ledger.TaskKind;
import coop.steward.ledger.UnpaidCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Six weeks of a Kansas City RLHF conversation trainer at $15.00 an hour, written through the ledger services
 * like any other record: weekday evening sessions with unpaid onboarding, training, waiting and rework, weekly
 * Payoneer payouts less a 2 % platform fee and a $3.00 transfer fee, one of them paid a week later than promised (with the
 * grievance the worker raised about it), and one distressing conversation with no support offered. Enough for a pack to show real findings.
 */
final class DemoLedger {

    static final int WEEKS = 6;
    static final long RATE_MINOR = 1500;
    private static final ZoneId KANSAS_CITY = ZoneId.of("America/Chicago");
    private static final int LATE_WEEK = 3;

    private final Engagements engagements;
    private final Sessions sessions;
    private final Payments payments;
    private final Grievances grievances;
    private final Clock clock;

    DemoLedger(Engagements engagements, Sessions sessions, Payments payments, Grievances grievances, Clock clock) {
        this.engagements = engagements;
        this.sessions = sessions;
        this.payments = payments;
        this.grievances = grievances;
        this.clock = clock;
    }

    /** The first Monday of the demo weeks: six full weeks before the current one. */
    LocalDate firstMonday() {
        return LocalDate.now(clock.withZone(KANSAS_CITY)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS);
    }

    void record(UUID workerId) {
        LocalDate monday = firstMonday();
        UUID gig = UUID.randomUUID();
        engagements.put(workerId, gig, null, new EngagementRequest("Invisible Technologies", null, "unknown", "Atlas",
                TaskKind.RLHF_CONVERSATION, PayBasis.HOURLY, RATE_MINOR, "USD", Classification.CONTRACTOR, true, false,
                false, 7, monday.minusDays(3), null, "US-MO", "kansas-city-mo-ks"));
        for (int week = 0; week < WEEKS; week++) {
            LocalDate weekStart = monday.plusWeeks(week);
            int paidMinutes = 0;
            for (int day = 0; day < 5; day++) {
                if ((week + day) % 6 == 5) {
                    continue;
                }
                paidMinutes += session(workerId, gig, weekStart.plusDays(day), week, day);
            }
            payout(workerId, gig, weekStart, week, paidMinutes);
        }
    }

    private int session(UUID workerId, UUID gig, LocalDate day, int week, int weekday) {
        int paid = 150 + 15 * ((week * 5 + weekday) % 5);
        Map<UnpaidCategory, Integer> unpaid = new EnumMap<>(UnpaidCategory.class);
        unpaid.put(UnpaidCategory.WAITING_FOR_TASKS, 15 + 5 * ((week + weekday) % 4));
        if (week == 0 && weekday == 0) {
            unpaid.put(UnpaidCategory.ONBOARDING_AND_TESTS, 60);
            unpaid.put(UnpaidCategory.INSTRUCTIONS_AND_TRAINING, 90);
        }
        if (week == 2 && weekday == 2) {
            unpaid.put(UnpaidCategory.INSTRUCTIONS_AND_TRAINING, 45);
        }
        if ((week + weekday) % 3 == 0) {
            unpaid.put(UnpaidCategory.REWORK, 20);
        }
        if (week == 3 && weekday == 3) {
            unpaid.put(UnpaidCategory.REJECTED_OR_DISPUTED, 25);
        }
        int minutes = paid + unpaid.values().stream().mapToInt(Integer::intValue).sum() + 10;
        Instant start = day.atTime(LocalTime.of(18, 0)).atZone(KANSAS_CITY).toInstant();
        Exposure exposure = week == 4 && weekday == 2 ? Exposure.DISTRESSING : Exposure.NONE;
        sessions.put(workerId, UUID.randomUUID(), null, new SessionRequest(gig, start, start.plusSeconds(minutes * 60L),
                KANSAS_CITY.getId(), paid, unpaid, paid / 9, week == 3 && weekday == 3 ? 3 : 0, null, exposure, false,
                null));
        return paid;
    }

    /** Paid on the Friday after the week, except the late one; a payout not yet due is not recorded. */
    private void payout(UUID workerId, UUID gig, LocalDate weekStart, int week, int paidMinutes) {
        LocalDate sunday = weekStart.plusDays(6);
        LocalDate paidOn = sunday.plusDays(week == LATE_WEEK ? 14 : 5);
        LocalDate today = LocalDate.now(clock.withZone(KANSAS_CITY));
        if (week == LATE_WEEK && !sunday.plusDays(8).isAfter(today)) {
            grievances.put(workerId, UUID.randomUUID(), null, new GrievanceRequest(GrievanceCategory.LATE_PAYMENT,
                    "The payout for the week of " + weekStart + " was due within 7 days and had not arrived on "
                            + sunday.plusDays(8) + ". Support answered that payouts are \"processing\".",
                    sunday.plusDays(8), gig, null, null, GrievanceStatus.OPEN));
        }
        if (paidOn.isAfter(today)) {
            return;
        }
        long gross = RATE_MINOR * paidMinutes / 60;
        long platformFee = BigDecimal.valueOf(gross).multiply(BigDecimal.valueOf(2))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN).longValueExact();
        long transferFee = 300;
        payments.put(workerId, UUID.randomUUID(), null, new PaymentRequest(gig, paidOn, weekStart, sunday, gross,
                platformFee, transferFee, gross - platformFee - transferFee, "USD", PaymentMethod.PAYONEER));
    }
}
