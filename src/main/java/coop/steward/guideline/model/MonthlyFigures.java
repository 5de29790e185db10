package coop.steward.guideline.model;

import coop.steward.common.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A worker's records summed per gig and calendar month by the assessment's own rules, so that aggregates over many
 * workers say what each worker's assessment says: sessions count on the day they started in the worker's zone; a
 * payment's net and gross are spread over the days it paid for ({@link WorkPeriod#payShares}); a payment is late
 * when it arrived more than the gig's timeframe after the end of its period and counts in the month that period
 * ends; an ISO week is assessed whole (its sessions' hours against the wage in force on each day, its pay shares,
 * converted at its Sunday's rate), is skipped while its pay is not yet due, and counts once, in the month of its
 * first day of work on the gig.
 */
public final class MonthlyFigures {

    private final WorkLog log;
    private final ReferenceTables tables;
    private final String reportingCurrency;

    private MonthlyFigures(WorkLog log, ReferenceTables tables, String reportingCurrency) {
        this.log = log;
        this.tables = tables;
        this.reportingCurrency = reportingCurrency;
    }

    /** Every gig-month with anything in it, as of {@code asOf} (a day in the worker's zone). */
    public static Result of(WorkLog log, ReferenceTables tables, LocalDate asOf, String reportingCurrency) {
        return new MonthlyFigures(log, tables, reportingCurrency).compute(asOf);
    }

    /**
     * The gig-months, and the first day on which the same records would give other figures (a week whose pay was
     * not yet due becomes due), or empty when only a new record can change them.
     */
    public record Result(List<GigMonth> months, Optional<LocalDate> changesOn) {
        public Result {
            months = List.copyOf(months);
        }
    }

    /** One gig's month: money in the gig's currency, and in the reporting currency (null where a rate is missing). */
    public record GigMonth(UUID engagementId, YearMonth month, String currency,
                           int sessions, int paidMinutes, Map<UnpaidCategory, Integer> unpaidMinutes,
                           long grossMinor, long feesMinor, long netMinor,
                           Long grossReportingMinor, Long netReportingMinor,
                           int payments, int latePayments,
                           int workerWeeks, int weeksBelowMinimum, int weeksAssessedMinimum,
                           int weeksBelowLiving, int weeksAssessedLiving) {
        public GigMonth {
            unpaidMinutes = Collections.unmodifiableMap(new EnumMap<>(unpaidMinutes));
        }
    }

    private Result compute(LocalDate asOf) {
        Map<UUID, Engagement> gigs = new LinkedHashMap<>();
        log.engagements().forEach(gig -> gigs.put(gig.id(), gig));
        Optional<LocalDate> first = firstDay(gigs);
        if (first.isEmpty()) {
            return new Result(List.of(), Optional.empty());
        }
        WorkPeriod period = new WorkPeriod(log, first.get(), lastDay(gigs), asOf);
        Map<Key, Month> months = new TreeMap<>();
        for (WorkSession session : period.sessions()) {
            Month month = month(months, session.engagementId(), YearMonth.from(period.day(session)));
            month.sessions++;
            month.paidMinutes += session.paidMinutes();
            for (UnpaidCategory category : UnpaidCategory.values()) {
                month.unpaid.merge(category, session.unpaidMinutes(category), Integer::sum);
            }
        }
        Map<WeekKey, List<WorkPeriod.PayShare>> sharesByWeek = new LinkedHashMap<>();
        for (WorkPeriod.PayShare share : period.payShares()) {
            Engagement gig = gigs.get(share.payment().engagementId());
            Month month = month(months, gig.id(), YearMonth.from(share.day()));
            LocalDate sunday = WorkPeriod.weekStart(share.day()).plusDays(6);
            month.gross = add(month.gross, convert(share.grossMinor(), share.payment().currency(), gig.currency(), sunday));
            month.net = add(month.net, convert(share.netMinor(), share.payment().currency(), gig.currency(), sunday));
            month.grossReporting = add(month.grossReporting,
                    convert(share.grossMinor(), share.payment().currency(), reportingCurrency, sunday));
            month.netReporting = add(month.netReporting,
                    convert(share.netMinor(), share.payment().currency(), reportingCurrency, sunday));
            sharesByWeek.computeIfAbsent(new WeekKey(gig.id(), WorkPeriod.weekStart(share.day())), key -> new ArrayList<>())
                    .add(share);
        }
        for (Payment payment : period.paymentsCovering()) {
            Month month = month(months, payment.engagementId(), YearMonth.from(payment.periodEnd()));
            month.payments++;
            if (late(payment, gigs.get(payment.engagementId()))) {
                month.latePayments++;
            }
        }
        Map<WeekKey, List<WorkSession>> sessionsByWeek = new TreeMap<>();
        for (WorkSession session : period.sessions()) {
            sessionsByWeek.computeIfAbsent(new WeekKey(session.engagementId(), WorkPeriod.weekStart(period.day(session))),
                    key -> new ArrayList<>()).add(session);
        }
        sessionsByWeek.forEach((week, sessions) -> {
            Month month = month(months, week.engagementId(), YearMonth.from(period.day(sessions.get(0))));
            month.workerWeeks++;
            if (period.weeksNotYetDue().containsKey(week.monday())) {
                return;
            }
            Engagement gig = gigs.get(week.engagementId());
            List<WorkPeriod.PayShare> shares = sharesByWeek.getOrDefault(week, List.of());
            Optional<Boolean> belowMinimum = below(period, gig, week.monday(), sessions, shares, WageKind.MINIMUM);
            if (belowMinimum.isPresent()) {
                month.weeksAssessedMinimum++;
                month.weeksBelowMinimum += belowMinimum.get() ? 1 : 0;
            }
            Optional<Boolean> belowLiving = below(period, gig, week.monday(), sessions, shares, WageKind.LIVING);
            if (belowLiving.isPresent()) {
                month.weeksAssessedLiving++;
                month.weeksBelowLiving += belowLiving.get() ? 1 : 0;
            }
        });
        List<GigMonth> result = new ArrayList<>();
        months.forEach((key, month) -> result.add(month.figures(key, gigs.get(key.engagementId()).currency(),
                reportingCurrency)));
        Optional<LocalDate> changesOn = period.weeksNotYetDue().values().stream().min(LocalDate::compareTo)
                .map(dueOn -> dueOn.plusDays(1));
        return new Result(result, changesOn);
    }

    /** Whether a paid late by the assessment's measure: days from the period's end to payment beyond the timeframe. */
    static boolean late(Payment payment, Engagement gig) {
        return gig.paymentTimeframeDays() != null
                && ChronoUnit.DAYS.between(payment.periodEnd(), payment.paidOn()) - gig.paymentTimeframeDays() > 0;
    }

    /** Empty when the week cannot be assessed: a day without a wage figure of that kind, or a missing rate. */
    private Optional<Boolean> below(WorkPeriod period, Engagement gig, LocalDate monday, List<WorkSession> sessions,
                                    List<WorkPeriod.PayShare> shares, WageKind kind) {
        LocalDate sunday = monday.plusDays(6);
        BigDecimal threshold = BigDecimal.ZERO;
        for (WorkSession session : sessions) {
            Optional<WageEntry> wage = tables.wages().inForce(gig.jurisdiction(), gig.wageArea(), kind, period.day(session));
            if (wage.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal hours = BigDecimal.valueOf(session.allMinutes()).divide(BigDecimal.valueOf(60), 10,
                    java.math.RoundingMode.HALF_EVEN);
            Optional<FxRates.Conversion> owed = tables.fx().convert(wage.get().hourly().multiply(hours),
                    wage.get().currency(), gig.currency(), sunday);
            if (owed.isEmpty()) {
                return Optional.empty();
            }
            threshold = threshold.add(owed.get().amount());
        }
        BigDecimal net = BigDecimal.ZERO;
        for (WorkPeriod.PayShare share : shares) {
            Optional<FxRates.Conversion> paid = tables.fx().convert(BigDecimal.valueOf(share.netMinor(),
                    Money.fractionDigits(share.payment().currency())), share.payment().currency(), gig.currency(), sunday);
            if (paid.isEmpty()) {
                return Optional.empty();
            }
            net = net.add(paid.get().amount());
        }
        return Optional.of(Money.ofMajor(threshold, gig.currency()).minor() > Money.ofMajor(net, gig.currency()).minor());
    }

    /** An amount unrounded in the target currency; null when a rate is missing. */
    private BigDecimal convert(long minor, String from, String to, LocalDate day) {
        return tables.fx().convert(BigDecimal.valueOf(minor, Money.fractionDigits(from)), from, to, day)
                .map(FxRates.Conversion::amount).orElse(null);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal part) {
        return sum == null || part == null ? null : sum.add(part);
    }

    private Optional<LocalDate> firstDay(Map<UUID, Engagement> gigs) {
        List<LocalDate> days = new ArrayList<>();
        log.sessions().stream().filter(session -> gigs.containsKey(session.engagementId()))
                .forEach(session -> days.add(session.startedAt().atZone(log.zone()).toLocalDate()));
        log.payments().stream().filter(payment -> gigs.containsKey(payment.engagementId()))
                .forEach(payment -> days.add(payment.periodStart()));
        return days.stream().min(LocalDate::compareTo);
    }

    private LocalDate lastDay(Map<UUID, Engagement> gigs) {
        List<LocalDate> days = new ArrayList<>();
        log.sessions().stream().filter(session -> gigs.containsKey(session.engagementId()))
                .forEach(session -> days.add(session.startedAt().atZone(log.zone()).toLocalDate()));
        log.payments().stream().filter(payment -> gigs.containsKey(payment.engagementId()))
                .forEach(payment -> days.add(payment.periodEnd()));
        return days.stream().max(LocalDate::compareTo).orElseThrow();
    }

    private static Month month(Map<Key, Month> months, UUID engagementId, YearMonth month) {
        return months.computeIfAbsent(new Key(engagementId, month), key -> new Month());
    }

    private record Key(UUID engagementId, YearMonth month) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byGig = engagementId.compareTo(other.engagementId);
            return byGig != 0 ? byGig : month.compareTo(other.month);
        }
    }

    private record WeekKey(UUID engagementId, LocalDate monday) implements Comparable<WeekKey> {
        @Override
        public int compareTo(WeekKey other) {
            int byGig = engagementId.compareTo(other.engagementId);
            return byGig != 0 ? byGig : monday.compareTo(other.monday);
        }
    }

    /** One gig-month's running totals; money unrounded until the end, so shares round once per month. */
    private static final class Month {
        private int sessions;
        private int paidMinutes;
        private final Map<UnpaidCategory, Integer> unpaid = new EnumMap<>(UnpaidCategory.class);
        private BigDecimal gross = BigDecimal.ZERO;
        private BigDecimal net = BigDecimal.ZERO;
        private BigDecimal grossReporting = BigDecimal.ZERO;
        private BigDecimal netReporting = BigDecimal.ZERO;
        private int payments;
        private int latePayments;
        private int workerWeeks;
        private int weeksBelowMinimum;
        private int weeksAssessedMinimum;
        private int weeksBelowLiving;
        private int weeksAssessedLiving;

        private GigMonth figures(Key key, String currency, String reportingCurrency) {
            Map<UnpaidCategory, Integer> minutes = new EnumMap<>(UnpaidCategory.class);
            for (UnpaidCategory category : UnpaidCategory.values()) {
                minutes.put(category, unpaid.getOrDefault(category, 0));
            }
            long grossMinor = gross == null ? 0 : Money.ofMajor(gross, currency).minor();
            long netMinor = net == null ? 0 : Money.ofMajor(net, currency).minor();
            return new GigMonth(key.engagementId(), key.month(), currency, sessions, paidMinutes, minutes,
                    grossMinor, grossMinor - netMinor, netMinor,
                    grossReporting == null ? null : Money.ofMajor(grossReporting, reportingCurrency).minor(),
                    netReporting == null ? null : Money.ofMajor(netReporting, reportingCurrency).minor(),
                    payments, latePayments, workerWeeks, weeksBelowMinimum, weeksAssessedMinimum,
                    weeksBelowLiving, weeksAssessedLiving);
        }
    }
}
