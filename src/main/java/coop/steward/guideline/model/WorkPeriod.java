package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A worker's records cut to a period of days in their own time zone: the finished sessions that started in it,
 * and each payment's net and gross spread over the days it paid for.
 */
final class WorkPeriod {

    private final WorkLog log;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate asOf;
    private final Map<UUID, Engagement> engagements;
    private final List<WorkSession> sessions;
    private final Map<LocalDate, LocalDate> weeksNotYetDue;

    WorkPeriod(WorkLog log, LocalDate from, LocalDate to, LocalDate asOf) {
        this.log = log;
        this.from = from;
        this.to = to;
        this.asOf = asOf;
        this.engagements = log.engagements().stream().collect(Collectors.toMap(Engagement::id, Function.identity()));
        // A session counts on the day it started: a night shift across midnight stays one day's work.
        this.sessions = log.sessions().stream()
                .filter(WorkSession::finished)
                .filter(session -> engagements.containsKey(session.engagementId()))
                .filter(session -> within(day(session)))
                .sorted(Comparator.comparing(WorkSession::startedAt))
                .toList();
        this.weeksNotYetDue = pendingWeeks();
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    List<WorkSession> sessions() {
        return sessions;
    }

    /** The day the assessment is made: pay promised for a later day is not yet due. */
    LocalDate asOf() {
        return asOf;
    }

    /**
     * The day pay for a session is promised by: the end of the period a recorded payment for it covers (else the
     * Sunday of its ISO week) plus the gig's payment timeframe, none stated counting as zero days.
     */
    LocalDate payDueOn(WorkSession session) {
        LocalDate day = day(session);
        Engagement engagement = engagement(session.engagementId());
        LocalDate periodEnd = log.payments().stream()
                .filter(payment -> payment.engagementId().equals(engagement.id()))
                .filter(payment -> !day.isBefore(payment.periodStart()) && !day.isAfter(payment.periodEnd()))
                .map(Payment::periodEnd)
                .max(LocalDate::compareTo)
                .orElse(weekStart(day).plusDays(6));
        int timeframe = engagement.paymentTimeframeDays() == null ? 0 : engagement.paymentTimeframeDays();
        return periodEnd.plusDays(timeframe);
    }

    /** Whether the promised payment date of a session's pay has passed by the day of the assessment. */
    boolean payDue(WorkSession session) {
        return asOf.isAfter(payDueOn(session));
    }

    /**
     * The ISO weeks (by Monday) holding a session whose pay is not yet due, each with the latest promised
     * payment date among them; the whole week waits, since pay for it may still arrive in time.
     */
    Map<LocalDate, LocalDate> weeksNotYetDue() {
        return weeksNotYetDue;
    }

    private Map<LocalDate, LocalDate> pendingWeeks() {
        Map<LocalDate, LocalDate> pending = new TreeMap<>();
        for (WorkSession session : sessions) {
            if (!payDue(session)) {
                pending.merge(weekStart(day(session)), payDueOn(session),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return Map.copyOf(pending);
    }

    /** The weeks whose pay is not yet due, with all their hours and the day pay for them is promised by. */
    List<PendingWeek> notYetDue() {
        List<PendingWeek> weeks = new ArrayList<>();
        new TreeMap<>(weeksNotYetDue).forEach((monday, dueOn) -> {
            long minutes = sessions.stream()
                    .filter(session -> weekStart(day(session)).equals(monday))
                    .mapToLong(WorkSession::allMinutes).sum();
            weeks.add(new PendingWeek(week(monday), hours(minutes), dueOn));
        });
        return weeks;
    }

    boolean inWeekNotYetDue(LocalDate day) {
        return weeksNotYetDue().containsKey(weekStart(day));
    }

    List<Engagement> engagementsWorked() {
        return sessions.stream().map(session -> engagements.get(session.engagementId())).distinct().toList();
    }

    Engagement engagement(UUID id) {
        return engagements.get(id);
    }

    LocalDate day(WorkSession session) {
        return session.startedAt().atZone(log.zone()).toLocalDate();
    }

    boolean within(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    List<Payment> paymentsCovering() {
        return log.payments().stream()
                .filter(payment -> engagements.containsKey(payment.engagementId()))
                .filter(payment -> !payment.periodEnd().isBefore(from) && !payment.periodStart().isAfter(to))
                .toList();
    }

    /**
     * Each payment's net and gross spread over the sessions of its engagement in the period it covers, in
     * proportion to all their minutes (over its days when it covers no session), keeping the days inside this
     * period. The last share takes the remainder, so shares add up to the payment to the cent.
     */
    List<PayShare> payShares() {
        List<PayShare> shares = new ArrayList<>();
        for (Payment payment : paymentsCovering()) {
            List<LocalDate> days = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            log.sessions().stream()
                    .filter(WorkSession::finished)
                    .filter(session -> session.engagementId().equals(payment.engagementId()))
                    .filter(session -> !day(session).isBefore(payment.periodStart()) && !day(session).isAfter(payment.periodEnd()))
                    .filter(session -> session.allMinutes() > 0)
                    .forEach(session -> {
                        days.add(day(session));
                        weights.add((long) session.allMinutes());
                    });
            if (days.isEmpty()) {
                payment.periodStart().datesUntil(payment.periodEnd().plusDays(1)).forEach(day -> {
                    days.add(day);
                    weights.add(1L);
                });
            }
            long[] net = split(payment.netMinor(), weights);
            long[] gross = split(payment.grossMinor(), weights);
            for (int i = 0; i < days.size(); i++) {
                if (within(days.get(i))) {
                    shares.add(new PayShare(payment, days.get(i), net[i], gross[i]));
                }
            }
        }
        return shares;
    }

    private static long[] split(long amount, List<Long> weights) {
        long total = weights.stream().mapToLong(Long::longValue).sum();
        long[] parts = new long[weights.size()];
        long given = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            parts[i] = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(weights.get(i)))
                    .divide(BigDecimal.valueOf(total), 0, RoundingMode.FLOOR).longValueExact();
            given += parts[i];
        }
        if (parts.length > 0) {
            parts[parts.length - 1] = amount - given;
        }
        return parts;
    }

    static LocalDate weekStart(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    /** {@code 2026-W10}: the ISO week a day falls in. */
    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN);
    }

    /** {@code 26.0 h}, or {@code 26.25 h} where a single decimal would hide minutes. */
    static String hoursText(long minutes) {
        BigDecimal hours = hours(minutes);
        BigDecimal oneDecimal = hours.setScale(1, RoundingMode.HALF_EVEN);
        return (oneDecimal.compareTo(hours) == 0 ? oneDecimal : hours).toPlainString() + " h";
    }

    /** A payment's share of net and gross pay attributed to one day of work. */
    record PayShare(Payment payment, LocalDate day, long netMinor, long grossMinor) {
    }
}
