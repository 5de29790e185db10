package coop.steward.guideline.model;

import coop.steward.common.money.Money;
import coop.steward.common.validation.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Effective hourly pay after costs over all time (net pay ÷ paid and unpaid hours) against a number or a wage
 * table, with the back pay owed per ISO week: {@code max(0, threshold × all hours − net pay)}, the wage in force
 * on each day of work and the threshold converted at the week's FX rate (its Sunday's).
 */
final class EffectivePay {

    private static final Map<Language, String> PER_HOUR = Map.of(Language.EN, " per hour", Language.FR, " par heure",
            Language.ES, " por hora", Language.SW, " kwa saa");

    private final Criterion criterion;
    private final Language language;
    private final FormulaWords words;
    private final WorkPeriod period;
    private final ReferenceTables tables;

    private EffectivePay(Criterion criterion, Language language, WorkPeriod period, ReferenceTables tables) {
        this.criterion = criterion;
        this.language = language;
        this.words = new FormulaWords(language);
        this.period = period;
        this.tables = tables;
    }

    static Finding assess(Criterion criterion, Language language, WorkPeriod period, ReferenceTables tables) {
        return new EffectivePay(criterion, language, period, tables).assess();
    }

    private Finding assess() {
        Map<LocalDate, LocalDate> pending = period.weeksNotYetDue();
        List<WorkSession> sessions = period.sessions().stream()
                .filter(session -> !pending.containsKey(WorkPeriod.weekStart(period.day(session))))
                .toList();
        List<PendingWeek> notYetDue = period.notYetDue();
        long allMinutes = sessions.stream().mapToLong(WorkSession::allMinutes).sum();
        if (allMinutes == 0) {
            if (!notYetDue.isEmpty()) {
                return Findings.notEnoughData(criterion, language, words.format("reason.allNotYetDue",
                        period.from(), period.to(), describe(notYetDue, words)));
            }
            return Findings.notEnoughData(criterion, language, words.format("reason.noSessions", period.from(),
                    period.to()));
        }
        List<WorkPeriod.PayShare> shares = period.payShares().stream()
                .filter(share -> !pending.containsKey(WorkPeriod.weekStart(share.day())))
                .toList();
        String currency = reportingCurrency(sessions, shares);
        Map<LocalDate, Week> weeks = new TreeMap<>();
        Set<WageEntry> wagesUsed = new LinkedHashSet<>();
        for (WorkSession session : sessions) {
            LocalDate day = period.day(session);
            Week week = weeks.computeIfAbsent(WorkPeriod.weekStart(day), Week::new);
            week.minutes += session.allMinutes();
            week.records.add(session.id());
            Optional<Owed> owed = thresholdFor(session, day);
            if (owed.isEmpty()) {
                return Findings.notEnoughData(criterion, language, missingWage(session, day));
            }
            owed.get().entry().ifPresent(wagesUsed::add);
            week.thresholdByCurrency.merge(owed.get().currency(), owed.get().amount(), BigDecimal::add);
        }
        for (WorkPeriod.PayShare share : shares) {
            Week week = weeks.computeIfAbsent(WorkPeriod.weekStart(share.day()), Week::new);
            week.netByCurrency.merge(share.payment().currency(), BigDecimal.valueOf(share.netMinor(),
                    Money.fractionDigits(share.payment().currency())), BigDecimal::add);
            week.records.add(share.payment().id());
        }
        List<WeekBackPay> weekly = new ArrayList<>();
        for (Week week : weeks.values()) {
            Optional<WeekBackPay> result = week.settle(currency);
            if (result.isEmpty()) {
                return Findings.notEnoughData(criterion, language, words.format("reason.noFx", currency,
                        week.sunday()));
            }
            weekly.add(result.get());
        }
        return finding(currency, allMinutes, weeks, weekly, wagesUsed, notYetDue);
    }

    static String describe(List<PendingWeek> notYetDue, FormulaWords words) {
        return notYetDue.stream()
                .map(week -> words.format("ep.pendingWeek", week.week(), week.hours().stripTrailingZeros().toPlainString(),
                        week.dueOn()))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private Finding finding(String currency, long allMinutes, Map<LocalDate, Week> weeks, List<WeekBackPay> weekly,
                            Set<WageEntry> wagesUsed, List<PendingWeek> notYetDue) {
        Money net = weekly.stream().map(WeekBackPay::netPay).reduce(new Money(0, currency), Money::plus);
        Money thresholdTotal = weekly.stream().map(WeekBackPay::threshold).reduce(new Money(0, currency), Money::plus);
        Money owed = weekly.stream().map(WeekBackPay::owed).reduce(new Money(0, currency), Money::plus);
        BigDecimal hours = WorkPeriod.hours(allMinutes);
        BigDecimal perMinute = net.major().multiply(BigDecimal.valueOf(60));
        BigDecimal effective = perMinute.divide(BigDecimal.valueOf(allMinutes), 2, RoundingMode.HALF_EVEN);
        BigDecimal bar = thresholdTotal.major().multiply(BigDecimal.valueOf(60))
                .divide(BigDecimal.valueOf(allMinutes), 2, RoundingMode.HALF_EVEN);
        List<String> affected = weekly.stream().filter(week -> week.owed().minor() > 0).map(WeekBackPay::week).toList();
        List<UUID> records = weeks.values().stream().flatMap(week -> week.records.stream()).distinct().toList();
        String thresholdText = criterion.threshold().isWage()
                ? words.format("wage." + criterion.threshold().wage().name()) + " " + wagesUsed.stream()
                        .map(entry -> words.format("ep.wageFrom", entry.place(), entry.describe(), entry.effectiveFrom())
                                + (entry.precision() == Precision.EXACT ? ""
                                        : " (" + words.format("precision." + entry.precision().key()) + ")"))
                        .reduce((a, b) -> a + "; " + b).orElse("")
                : Money.format(criterion.threshold().number(), currency, Language.EN) + "/h";
        StringBuilder formula = new StringBuilder(words.format("ep.formula", net, WorkPeriod.hoursText(allMinutes),
                Money.format(effective, currency, Language.EN), thresholdText));
        for (WeekBackPay week : weekly) {
            formula.append(words.format("ep.week", week.week(), week.threshold(),
                    week.hours().stripTrailingZeros().toPlainString(), week.netPay(), week.owed()));
            if (week.fx() != null) {
                formula.append(words.format("ep.fx", week.fx().to(), week.fx().toPerUsd().toPlainString(),
                        week.fx().from(), week.fx().fromPerUsd().toPlainString()));
            }
        }
        formula.append(words.format("ep.total", owed));
        if (!notYetDue.isEmpty()) {
            formula.append(words.format("ep.notYetDue", describe(notYetDue, words)));
        }
        ThresholdView threshold = new ThresholdView(bar, words.format("ep.bar", Money.format(bar, currency, Language.EN)),
                wagesUsed.stream().map(WageCitation::of).toList());
        Status status = owed.minor() > 0 ? Status.BREACHED : Status.MET;
        return new Finding(criterion.id(), criterion.principle(language), criterion.text(language), criterion.citation(),
                criterion.severity(), criterion.metric().key(), status, effective, currency + PER_HOUR.get(language), threshold,
                formula.toString(), status == Status.BREACHED ? affected : List.of(), records,
                new BackPay(owed, weekly, notYetDue), null);
    }

    private Optional<Owed> thresholdFor(WorkSession session, LocalDate day) {
        Engagement engagement = period.engagement(session.engagementId());
        BigDecimal hours = BigDecimal.valueOf(session.allMinutes())
                .divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_EVEN);
        if (!criterion.threshold().isWage()) {
            return Optional.of(new Owed(criterion.threshold().number().multiply(hours), engagement.currency(),
                    Optional.empty()));
        }
        return tables.wages().inForce(engagement.jurisdiction(), engagement.wageArea(), criterion.threshold().wage(), day)
                .map(entry -> new Owed(entry.hourly().multiply(hours), entry.currency(), Optional.of(entry)));
    }

    private String missingWage(WorkSession session, LocalDate day) {
        Engagement engagement = period.engagement(session.engagementId());
        String wage = words.format("wage." + criterion.threshold().wage().name());
        return engagement.wageArea() == null
                ? words.format("reason.noWage", wage, engagement.jurisdiction(), day)
                : words.format("reason.noWageInArea", wage, engagement.jurisdiction(), engagement.wageArea(), day);
    }

    /** The pay's own currency when all pay and work share one, else US dollars. */
    private String reportingCurrency(List<WorkSession> sessions, List<WorkPeriod.PayShare> shares) {
        Set<String> currencies = new LinkedHashSet<>();
        sessions.forEach(session -> currencies.add(period.engagement(session.engagementId()).currency()));
        shares.forEach(share -> currencies.add(share.payment().currency()));
        return currencies.size() == 1 ? currencies.iterator().next() : "USD";
    }

    private record Owed(BigDecimal amount, String currency, Optional<WageEntry> entry) {
    }

    /** One ISO week's running totals, in the currencies they arrived in. */
    private final class Week {
        private final LocalDate monday;
        private long minutes;
        private final Map<String, BigDecimal> thresholdByCurrency = new TreeMap<>();
        private final Map<String, BigDecimal> netByCurrency = new TreeMap<>();
        private final Set<UUID> records = new LinkedHashSet<>();

        private Week(LocalDate monday) {
            this.monday = monday;
        }

        private LocalDate sunday() {
            return monday.plusDays(6);
        }

        private Optional<WeekBackPay> settle(String currency) {
            FxCitation fx = null;
            BigDecimal threshold = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> part : thresholdByCurrency.entrySet()) {
                Optional<FxRates.Conversion> conversion = tables.fx().convert(part.getValue(), part.getKey(), currency, sunday());
                if (conversion.isEmpty()) {
                    return Optional.empty();
                }
                threshold = threshold.add(conversion.get().amount());
                if (conversion.get().fromRate() != null) {
                    fx = FxCitation.of(conversion.get());
                }
            }
            BigDecimal net = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> part : netByCurrency.entrySet()) {
                Optional<FxRates.Conversion> conversion = tables.fx().convert(part.getValue(), part.getKey(), currency, sunday());
                if (conversion.isEmpty()) {
                    return Optional.empty();
                }
                net = net.add(conversion.get().amount());
            }
            Money thresholdMoney = Money.ofMajor(threshold, currency);
            Money netMoney = Money.ofMajor(net, currency);
            Money owed = new Money(Math.max(0, thresholdMoney.minor() - netMoney.minor()), currency);
            return Optional.of(new WeekBackPay(WorkPeriod.week(monday), WorkPeriod.hours(minutes), thresholdMoney,
                    netMoney, owed, fx));
        }
    }
}
