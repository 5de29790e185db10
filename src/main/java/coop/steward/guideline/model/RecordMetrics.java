package coop.steward.guideline.model;

import coop.steward.common.money.Money;
import coop.steward.common.validation.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/** The metrics other than effective pay: each a number computed from sessions, payments or engagements. */
final class RecordMetrics {

    private final WorkPeriod period;
    private final ReferenceTables tables;
    private final FormulaWords words;

    RecordMetrics(WorkPeriod period, ReferenceTables tables, Language language) {
        this.period = period;
        this.tables = tables;
        this.words = new FormulaWords(language);
    }

    /** Empty when the period holds no record the metric could be computed from. */
    Optional<Measurement> measure(Metric metric) {
        return switch (metric) {
            case UNPAID_SHARE_OF_TIME -> unpaidShare();
            case UNPAID_ONBOARDING_AND_TRAINING_HOURS -> unpaidHours("hours.onboarding",
                    session -> session.unpaidMinutes(UnpaidCategory.ONBOARDING_AND_TESTS)
                            + session.unpaidMinutes(UnpaidCategory.INSTRUCTIONS_AND_TRAINING));
            case UNPAID_REJECTED_WORK_HOURS -> unpaidHours("hours.rejected",
                    session -> session.unpaidMinutes(UnpaidCategory.REJECTED_OR_DISPUTED));
            case PAYMENT_DELAY_DAYS -> paymentDelay();
            case PAY_AGAINST_AGREED_RATE -> payAgainstAgreedRate();
            case PER_TASK_PAY_WITHOUT_ESTIMATE -> count("count.perTask",
                    session -> period.engagement(session.engagementId()).payBasis() == PayBasis.PER_TASK,
                    session -> session.taskEstimateMinutes() == null);
            case DISTRESSING_EXPOSURE_WITHOUT_SUPPORT -> count("count.exposure",
                    session -> session.exposure() != null && session.exposure() != Exposure.NONE,
                    session -> !session.supportOffered());
            case ENGAGEMENTS_WITHOUT_WRITTEN_CONTRACT -> withoutContract();
            case EFFECTIVE_HOURLY_PAY -> throw new IllegalArgumentException("effective pay is assessed by EffectivePay");
        };
    }

    private Optional<Measurement> unpaidShare() {
        long all = period.sessions().stream().mapToLong(WorkSession::allMinutes).sum();
        if (all == 0) {
            return Optional.empty();
        }
        long unpaid = period.sessions().stream().mapToLong(WorkSession::totalUnpaidMinutes).sum();
        // Rounded up, so that a single unpaid minute never reads as 0.0% and passes an "at most 0%" criterion.
        BigDecimal share = BigDecimal.valueOf(unpaid * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.CEILING);
        String formula = words.format("share", WorkPeriod.hoursText(unpaid), WorkPeriod.hoursText(all),
                share.toPlainString());
        return Optional.of(offending(share, formula, session -> session.totalUnpaidMinutes() > 0));
    }

    private Optional<Measurement> unpaidHours(String formulaKey, ToIntFunction<WorkSession> minutes) {
        if (period.sessions().isEmpty()) {
            return Optional.empty();
        }
        long total = period.sessions().stream().mapToLong(minutes::applyAsInt).sum();
        String formula = words.format(formulaKey, WorkPeriod.hoursText(total), period.sessions().size());
        return Optional.of(offending(WorkPeriod.hours(total), formula, session -> minutes.applyAsInt(session) > 0));
    }

    private Measurement offending(BigDecimal value, String formula, Predicate<WorkSession> wrong) {
        List<WorkSession> bad = period.sessions().stream().filter(wrong).toList();
        List<WorkSession> basis = bad.isEmpty() ? period.sessions() : bad;
        return new Measurement(value, formula, bad.stream().map(session -> WorkPeriod.week(period.day(session))).toList(),
                basis.stream().map(WorkSession::id).toList());
    }

    private Optional<Measurement> count(String formulaKey, Predicate<WorkSession> relevant, Predicate<WorkSession> wrong) {
        if (period.sessions().isEmpty()) {
            return Optional.empty();
        }
        List<WorkSession> considered = period.sessions().stream().filter(relevant).toList();
        if (considered.isEmpty() && formulaKey.equals("count.perTask")) {
            return Optional.empty();
        }
        long bad = considered.stream().filter(wrong).count();
        String formula = words.format(formulaKey, bad, considered.size());
        return Optional.of(offending(BigDecimal.valueOf(bad), formula, relevant.and(wrong)));
    }

    /**
     * The most days any pay arrived after its promised date: a recorded payment against its period's end plus the
     * timeframe, and time never paid for against that date once it has passed (late by the days since, so far).
     */
    private Optional<Measurement> paymentDelay() {
        List<Payment> promised = period.paymentsCovering().stream()
                .filter(payment -> period.within(payment.periodEnd()))
                .filter(payment -> period.engagement(payment.engagementId()).paymentTimeframeDays() != null)
                .toList();
        List<WorkSession> unpaidPastDue = period.sessions().stream()
                .filter(session -> period.engagement(session.engagementId()).paymentTimeframeDays() != null)
                .filter(session -> session.paidMinutes() > 0)
                .filter(session -> !coveredByPayment(session))
                .filter(period::payDue)
                .toList();
        if (promised.isEmpty() && unpaidPastDue.isEmpty()) {
            return Optional.empty();
        }
        Optional<Payment> worstPayment = promised.stream().max(Comparator.comparingLong(this::daysLate));
        Optional<WorkSession> worstUnpaid = unpaidPastDue.stream().max(Comparator.comparingLong(this::daysLate));
        long paymentLate = worstPayment.map(this::daysLate).orElse(Long.MIN_VALUE);
        long unpaidLate = worstUnpaid.map(this::daysLate).orElse(Long.MIN_VALUE);
        String formula;
        long late;
        if (unpaidLate > paymentLate) {
            WorkSession session = worstUnpaid.orElseThrow();
            late = unpaidLate;
            formula = words.format("delay.unpaid", period.asOf(), period.payDueOn(session), late, period.day(session));
        } else {
            Payment worst = worstPayment.orElseThrow();
            late = Math.max(0, paymentLate);
            int timeframe = period.engagement(worst.engagementId()).paymentTimeframeDays();
            formula = words.format("delay.paid", worst.paidOn(), worst.periodEnd(),
                    ChronoUnit.DAYS.between(worst.periodEnd(), worst.paidOn()), timeframe, late);
        }
        List<Payment> latePayments = promised.stream().filter(payment -> daysLate(payment) > 0).toList();
        List<String> weeks = new ArrayList<>();
        for (Payment payment : latePayments) {
            LocalDate start = payment.periodStart().isBefore(period.from()) ? period.from() : payment.periodStart();
            start.datesUntil(payment.periodEnd().plusDays(1)).map(WorkPeriod::week).forEach(weeks::add);
        }
        unpaidPastDue.forEach(session -> weeks.add(WorkPeriod.week(period.day(session))));
        List<UUID> ids = new ArrayList<>();
        (latePayments.isEmpty() && unpaidPastDue.isEmpty() ? promised : latePayments).forEach(p -> ids.add(p.id()));
        unpaidPastDue.forEach(session -> ids.add(session.id()));
        return Optional.of(new Measurement(BigDecimal.valueOf(late), formula, weeks, ids));
    }

    private boolean coveredByPayment(WorkSession session) {
        LocalDate day = period.day(session);
        return period.paymentsCovering().stream()
                .anyMatch(payment -> payment.engagementId().equals(session.engagementId())
                        && !day.isBefore(payment.periodStart()) && !day.isAfter(payment.periodEnd()));
    }

    private long daysLate(WorkSession unpaid) {
        return ChronoUnit.DAYS.between(period.payDueOn(unpaid), period.asOf());
    }

    private long daysLate(Payment payment) {
        int timeframe = period.engagement(payment.engagementId()).paymentTimeframeDays();
        return ChronoUnit.DAYS.between(payment.periodEnd(), payment.paidOn()) - timeframe;
    }

    private Optional<Measurement> payAgainstAgreedRate() {
        Measurement lowest = null;
        for (Engagement engagement : period.engagementsWorked()) {
            if (engagement.payBasis() == PayBasis.SALARIED) {
                continue;
            }
            // Time whose pay is not yet due cannot have been underpaid yet.
            List<WorkSession> sessions = period.sessions().stream()
                    .filter(session -> session.engagementId().equals(engagement.id()))
                    .filter(session -> !period.inWeekNotYetDue(period.day(session)))
                    .toList();
            BigDecimal rate = BigDecimal.valueOf(engagement.agreedRateMinor(), Money.fractionDigits(engagement.currency()));
            boolean hourly = engagement.payBasis() == PayBasis.HOURLY;
            long units = sessions.stream().mapToLong(session -> hourly ? session.paidMinutes() : session.tasksDone()).sum();
            // What the rate owes is a sum of money, so to the cent; nobody can be paid a fraction of one.
            BigDecimal expected = hourly
                    ? rate.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(60),
                            Money.fractionDigits(engagement.currency()), RoundingMode.HALF_EVEN)
                    : rate.multiply(BigDecimal.valueOf(units));
            if (expected.signum() == 0) {
                continue;
            }
            BigDecimal received = BigDecimal.ZERO;
            List<UUID> ids = new ArrayList<>(sessions.stream().map(WorkSession::id).toList());
            for (WorkPeriod.PayShare share : period.payShares()) {
                if (!share.payment().engagementId().equals(engagement.id()) || period.inWeekNotYetDue(share.day())) {
                    continue;
                }
                BigDecimal gross = BigDecimal.valueOf(share.grossMinor(), Money.fractionDigits(share.payment().currency()));
                received = received.add(tables.fx().convert(gross, share.payment().currency(), engagement.currency(),
                        share.payment().periodEnd()).map(FxRates.Conversion::amount).orElse(BigDecimal.ZERO));
                ids.add(share.payment().id());
            }
            // Rounded down, so that a cent short of the agreed pay never reads as 100.0% and passes as paid in full.
            BigDecimal percent = received.multiply(BigDecimal.valueOf(100)).divide(expected, 1, RoundingMode.FLOOR);
            String rateText = Money.format(rate, engagement.currency(), Language.EN);
            String basis = hourly ? words.format("agreed.hourly", rateText, WorkPeriod.hoursText(units))
                    : words.format("agreed.perTask", rateText, units);
            String formula = words.format("agreed", engagement.vendorName(), basis,
                    Money.format(received, engagement.currency(), Language.EN),
                    Money.format(expected, engagement.currency(), Language.EN), percent.toPlainString());
            List<String> weeks = sessions.stream().map(session -> WorkPeriod.week(period.day(session))).toList();
            Measurement measurement = new Measurement(percent, formula, weeks, ids.stream().distinct().toList());
            if (lowest == null || percent.compareTo(lowest.value()) < 0) {
                lowest = measurement;
            }
        }
        return Optional.ofNullable(lowest);
    }

    private Optional<Measurement> withoutContract() {
        List<Engagement> worked = period.engagementsWorked();
        if (worked.isEmpty()) {
            return Optional.empty();
        }
        List<Engagement> without = worked.stream().filter(engagement -> !engagement.writtenContract()).toList();
        String formula = words.format("contract", without.size(), worked.size());
        List<String> weeks = period.sessions().stream()
                .filter(session -> !period.engagement(session.engagementId()).writtenContract())
                .map(session -> WorkPeriod.week(period.day(session))).toList();
        List<UUID> ids = (without.isEmpty() ? worked : without).stream().map(Engagement::id).toList();
        return Optional.of(new Measurement(BigDecimal.valueOf(without.size()), formula, weeks, ids));
    }
}
