package coop.steward.demo;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The union's other demo members, so the organizer's dashboard has real figures and suppressed cells: Invisible
 * Technologies RLHF trainers in Missouri at $15.00 an hour with much unpaid time (their median effective pay falls
 * below Missouri's minimum wage, the contradiction the registry shows against the demo vendor's claims), a few of
 * its moderators in Kenya, Scale AI labelers in Kansas (typed as "Remotasks"), and two Appen evaluators in the
 * Philippines. Each keeps twelve weeks of two sessions a week and fortnightly payouts, written through the ledger
 * services like any worker's records.
 */
final class DemoMembers {

    static final int WEEKS = 12;

    /** Who they are: where, for whom, at what rate, and how much of their time goes unpaid. */
    record Member(String handle, String timeZone, String jurisdiction, String vendorName, String codeName,
                  TaskKind taskKind, long rateMinor, int unpaidPerSession) {
    }

    static final List<Member> MEMBERS = members();

    private final Engagements engagements;
    private final Sessions sessions;
    private final Payments payments;
    private final Clock clock;

    DemoMembers(Engagements engagements, Sessions sessions, Payments payments, Clock clock) {
        this.engagements = engagements;
        this.sessions = sessions;
        this.payments = payments;
        this.clock = clock;
    }

    private static List<Member> members() {
        List<Member> all = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            all.add(new Member(String.format("demo-trainer-%02d", i), "America/Chicago", "US-MO",
                    "Invisible Technologies", "Atlas", TaskKind.RLHF_CONVERSATION, 1500, 40 + 6 * i));
        }
        for (int i = 1; i <= 2; i++) {
            all.add(new Member(String.format("demo-moderator-%02d", i), "Africa/Nairobi", "KE", "Invisible Tech", null,
                    TaskKind.CONTENT_MODERATION, 600, 30 + 5 * i));
        }
        for (int i = 1; i <= 5; i++) {
            all.add(new Member(String.format("demo-labeler-%02d", i), "America/Chicago", "US-KS", "Remotasks", null,
                    TaskKind.LABELING, 1800 + 50 * i, 10 + 3 * i));
        }
        for (int i = 1; i <= 2; i++) {
            all.add(new Member(String.format("demo-evaluator-%02d", i), "Asia/Manila", "PH", "Appen", null,
                    TaskKind.EVALUATION, 500, 20 + 5 * i));
        }
        return List.copyOf(all);
    }

    /** The first Monday of the members' weeks. */
    LocalDate firstMonday(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS);
    }

    void record(UUID workerId, Member member, int index) {
        ZoneId zone = ZoneId.of(member.timeZone());
        LocalDate monday = firstMonday(zone);
        UUID gig = UUID.randomUUID();
        engagements.put(workerId, gig, null, new EngagementRequest(member.vendorName(), null, "unknown",
                member.codeName(), member.taskKind(), PayBasis.HOURLY, member.rateMinor(), "USD",
                Classification.CONTRACTOR, false, false, false, 14, monday.minusDays(10), null, member.jurisdiction(),
                null));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int paidSinceLastPayout = 0;
        LocalDate periodStart = monday;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate weekStart = monday.plusWeeks(week);
            for (int day : new int[] {1, 3}) {
                paidSinceLastPayout += session(workerId, gig, zone, weekStart.plusDays(day), member, index + week + day);
            }
            if (week % 2 == 1) {
                LocalDate periodEnd = weekStart.plusDays(6);
                LocalDate paidOn = periodEnd.plusDays(index % 5 == 0 && week == 5 ? 30 : 6);
                if (!paidOn.isAfter(today)) {
                    payout(workerId, gig, member, periodStart, periodEnd, paidOn, paidSinceLastPayout);
                }
                paidSinceLastPayout = 0;
                periodStart = periodEnd.plusDays(1);
            }
        }
    }

    private int session(UUID workerId, UUID gig, ZoneId zone, LocalDate day, Member member, int seed) {
        int paid = 150 + 10 * (seed % 4);
        Map<UnpaidCategory, Integer> unpaid = new EnumMap<>(UnpaidCategory.class);
        int waiting = member.unpaidPerSession() * 2 / 3;
        unpaid.put(UnpaidCategory.WAITING_FOR_TASKS, waiting + seed % 3);
        unpaid.put(member.taskKind() == TaskKind.RLHF_CONVERSATION ? UnpaidCategory.REWORK
                : UnpaidCategory.INSTRUCTIONS_AND_TRAINING, member.unpaidPerSession() - waiting);
        int minutes = paid + unpaid.values().stream().mapToInt(Integer::intValue).sum();
        Instant start = day.atTime(LocalTime.of(17, 30)).atZone(zone).toInstant();
        Exposure exposure = member.taskKind() == TaskKind.CONTENT_MODERATION ? Exposure.DISTRESSING : Exposure.NONE;
        sessions.put(workerId, UUID.randomUUID(), null, new SessionRequest(gig, start, start.plusSeconds(minutes * 60L),
                zone.getId(), paid, unpaid, paid / 10, seed % 5 == 0 ? 1 : 0, null, exposure, false, null));
        return paid;
    }

    private void payout(UUID workerId, UUID gig, Member member, LocalDate from, LocalDate to, LocalDate paidOn,
                        int paidMinutes) {
        long gross = member.rateMinor() * paidMinutes / 60;
        long platformFee = BigDecimal.valueOf(gross).multiply(BigDecimal.valueOf(2))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN).longValueExact();
        long transferFee = 300;
        payments.put(workerId, UUID.randomUUID(), null, new PaymentRequest(gig, paidOn, from, to, gross, platformFee,
                transferFee, gross - platformFee - transferFee, "USD", PaymentMethod.PAYONEER));
    }
}
