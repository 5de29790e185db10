package coop.steward.organizing.collective;

import coop.steward.common.money.Money;
import coop.steward.common.validation.Language;
import coop.steward.guideline.model.Comparator;
import coop.steward.guideline.model.Criterion;
import coop.steward.guideline.model.FxRates;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.Metric;
import coop.steward.guideline.model.ReferenceTables;
import coop.steward.guideline.model.WageEntry;
import coop.steward.guideline.model.WageKind;
import coop.steward.organizing.collective.AggregateFinding.Status;
import coop.steward.organizing.disclosure.Share;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each measurable criterion of a guideline assessed on one cell's published figures, and on nothing else: a figure
 * that is suppressed or was never published makes the criterion NOT_ENOUGH_DATA, never a finding. Plain Java, so
 * the rules are checked by hand-worked cases. Criteria only a vendor's answers can assess are left out, as in a
 * worker's pack.
 */
final class AggregateRules {

    static final String REPORTING_CURRENCY = "USD";
    static final String PAID_MINUTES = "PAID_MINUTES";
    static final String PAYMENTS = "PAYMENTS";
    static final String LATE_PAYMENTS = "LATE_PAYMENTS";
    static final List<String> UNPAID = List.of("UNPAID_ONBOARDING_AND_TESTS", "UNPAID_INSTRUCTIONS_AND_TRAINING",
            "UNPAID_WAITING_FOR_TASKS", "UNPAID_PAUSED_RESEARCH", "UNPAID_REWORK", "UNPAID_REJECTED_OR_DISPUTED",
            "UNPAID_ADMIN");
    static final List<String> ONBOARDING_AND_TRAINING = List.of("UNPAID_ONBOARDING_AND_TESTS",
            "UNPAID_INSTRUCTIONS_AND_TRAINING");
    static final List<String> REJECTED = List.of("UNPAID_REJECTED_OR_DISPUTED");
    static final String EXPOSURE_GRIEVANCES = "GRIEVANCES_UNSAFE_CONTENT_WITHOUT_SUPPORT";

    private final ReferenceTables tables;
    private final Language language;
    private final CollectiveWords words;

    AggregateRules(ReferenceTables tables, Language language) {
        this.tables = tables;
        this.language = language;
        this.words = new CollectiveWords(language);
    }

    /** {@code asOf}: the day whose minimum and living wage and FX rate apply (the period's last day, or today if sooner). */
    List<AggregateFinding> assess(Guideline guideline, CellFigures cell, LocalDate asOf) {
        List<AggregateFinding> findings = new ArrayList<>();
        for (Criterion criterion : guideline.criteria()) {
            if (criterion.measurable()) {
                findings.add(assess(criterion, cell, asOf));
            }
        }
        return findings;
    }

    AggregateFinding assess(Criterion criterion, CellFigures cell, LocalDate asOf) {
        if (!cell.published()) {
            return notEnough(criterion, cell, words.format("reason.cellSuppressed", cell.cellKey(), cell.suppressed()));
        }
        return switch (criterion.metric()) {
            case EFFECTIVE_HOURLY_PAY -> criterion.threshold().isWage()
                    ? effectivePayAgainstWage(criterion, cell, asOf)
                    : effectivePayAgainstNumber(criterion, cell);
            case UNPAID_SHARE_OF_TIME -> unpaidShare(criterion, cell);
            case UNPAID_ONBOARDING_AND_TRAINING_HOURS -> unpaidHours(criterion, cell, ONBOARDING_AND_TRAINING);
            case UNPAID_REJECTED_WORK_HOURS -> unpaidHours(criterion, cell, REJECTED);
            case PAYMENT_DELAY_DAYS -> latePayments(criterion, cell);
            case DISTRESSING_EXPOSURE_WITHOUT_SUPPORT -> exposureGrievances(criterion, cell);
            case PAY_AGAINST_AGREED_RATE, PER_TASK_PAY_WITHOUT_ESTIMATE, ENGAGEMENTS_WITHOUT_WRITTEN_CONTRACT ->
                    notEnough(criterion, cell, words.format("reason.notPublished", metricName(criterion.metric())));
        };
    }

    private AggregateFinding effectivePayAgainstWage(Criterion criterion, CellFigures cell, LocalDate asOf) {
        WageKind kind = criterion.threshold().wage();
        String wageName = words.format("wage." + kind.name());
        List<String> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();

        BigDecimal threshold = null;
        String thresholdText = wageName;
        if (cell.jurisdiction() == null) {
            missing.add(words.format("reason.noJurisdiction", wageName));
        } else {
            Optional<WageEntry> entry = tables.wages().inForce(cell.jurisdiction(), kind, asOf);
            if (entry.isEmpty()) {
                missing.add(words.format("reason.noWage", wageName, cell.jurisdiction(), asOf));
            } else {
                Optional<FxRates.Conversion> usd = tables.fx().convert(entry.get().hourly(), entry.get().currency(),
                        REPORTING_CURRENCY, asOf);
                if (usd.isEmpty()) {
                    missing.add(words.format("reason.noFx", entry.get().currency(), REPORTING_CURRENCY, asOf));
                } else {
                    // Compared in minor units of the reporting currency, unrounded, with the median.
                    threshold = usd.get().amount().movePointRight(Money.fractionDigits(REPORTING_CURRENCY));
                    thresholdText = perHour(usd.get().amount());
                    String wage = words.format("ep.wage", wageName, entry.get().place(), entry.get().describe(),
                            entry.get().effectiveFrom());
                    if (usd.get().fromRate() != null) {
                        wage += words.format("ep.fx", usd.get().fromRate().perUsd().toPlainString(),
                                entry.get().currency(), usd.get().fromRate().date(), thresholdText);
                    }
                    parts.add(wage);
                }
            }
        }

        Long median = cell.medianHourlyMinor();
        Boolean medianHolds = null;
        if (median == null) {
            missing.add(words.format("reason.medianSuppressed", cell.cellKey()));
        } else if (threshold != null) {
            medianHolds = criterion.comparator().holds(BigDecimal.valueOf(median), threshold);
            parts.add(0, words.format("ep.median", perHour(minor(median)), cell.workers(), thresholdText,
                    criterion.comparator().symbol()));
        } else {
            parts.add(0, words.format("ep.medianOnly", perHour(minor(median)), cell.workers()));
        }

        String below = "WEEKS_BELOW_" + kind.name();
        String assessed = "WEEKS_ASSESSED_" + kind.name();
        Long weeksBelow = null;
        Optional<String> weeksReason = unavailable(cell, below, assessed);
        if (weeksReason.isPresent()) {
            missing.add(weeksReason.get());
        } else if (cell.value(assessed).orElseThrow() == 0) {
            missing.add(words.format("reason.noWeeksAssessed", wageName, cell.cellKey()));
        } else {
            weeksBelow = cell.value(below).orElseThrow();
            long weeks = cell.value(assessed).orElseThrow();
            parts.add(words.format("ep.weeks", wageName, weeksBelow, weeks, percent(weeksBelow, weeks)));
        }

        String figure = median == null ? null : perHour(minor(median));
        List<String> used = List.of(cell.cellKey());
        boolean breached = Boolean.FALSE.equals(medianHolds) || (weeksBelow != null && weeksBelow > 0);
        if (breached) {
            return finding(criterion, Status.BREACHED, figure, thresholdText, String.join("; ", parts), used);
        }
        if (Boolean.TRUE.equals(medianHolds) && weeksBelow != null) {
            return finding(criterion, Status.MET, figure, thresholdText, String.join("; ", parts), used);
        }
        if (medianHolds == null && cell.jurisdiction() == null && weeksBelow != null) {
            // Over several jurisdictions only the worker-weeks, each held to its own place's wage, can speak.
            return finding(criterion, Status.MET, figure, thresholdText, String.join("; ", parts), used);
        }
        parts.addAll(missing);
        return finding(criterion, Status.NOT_ENOUGH_DATA, figure, thresholdText, String.join("; ", parts), used);
    }

    private AggregateFinding effectivePayAgainstNumber(Criterion criterion, CellFigures cell) {
        BigDecimal bar = criterion.threshold().number();
        String thresholdText = perHour(bar);
        BigDecimal barMinor = bar.movePointRight(Money.fractionDigits(REPORTING_CURRENCY));
        Long median = cell.medianHourlyMinor();
        Long p10 = cell.p10HourlyMinor();
        if (median == null) {
            return notEnough(criterion, cell, words.format("reason.medianSuppressed", cell.cellKey()));
        }
        Comparator comparator = criterion.comparator();
        String formula = words.format("ep.median", perHour(minor(median)), cell.workers(), thresholdText, comparator.symbol());
        boolean medianHolds = comparator.holds(BigDecimal.valueOf(median), barMinor);
        String figure = perHour(minor(median));
        if (p10 != null) {
            formula += "; " + words.format("ep.p10", perHour(minor(p10)));
        }
        if (!medianHolds || (p10 != null && !comparator.holds(BigDecimal.valueOf(p10), barMinor))) {
            return finding(criterion, Status.BREACHED, figure, thresholdText, formula, List.of(cell.cellKey()));
        }
        if (p10 == null) {
            return finding(criterion, Status.NOT_ENOUGH_DATA, figure, thresholdText,
                    formula + "; " + words.format("reason.p10Suppressed", cell.cellKey()), List.of(cell.cellKey()));
        }
        return finding(criterion, Status.MET, figure, thresholdText, formula, List.of(cell.cellKey()));
    }

    private AggregateFinding unpaidShare(Criterion criterion, CellFigures cell) {
        List<String> needed = new ArrayList<>(UNPAID);
        needed.add(0, PAID_MINUTES);
        Optional<String> reason = unavailable(cell, needed.toArray(String[]::new));
        if (reason.isPresent()) {
            return notEnough(criterion, cell, reason.get());
        }
        long unpaid = UNPAID.stream().mapToLong(measure -> cell.value(measure).orElseThrow()).sum();
        long all = unpaid + cell.value(PAID_MINUTES).orElseThrow();
        if (all == 0) {
            return notEnough(criterion, cell, words.format("reason.noTime", cell.cellKey()));
        }
        BigDecimal share = new Share(unpaid, all).percent(6);
        BigDecimal bar = criterion.threshold().number();
        String shown = share.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
        String formula = words.format("share", hours(unpaid), hours(all), shown, criterion.comparator().symbol(),
                bar.toPlainString() + "%");
        Status status = criterion.comparator().holds(share, bar) ? Status.MET : Status.BREACHED;
        return finding(criterion, status, shown, bar.toPlainString() + "%", formula, List.of(cell.cellKey()));
    }

    private AggregateFinding unpaidHours(Criterion criterion, CellFigures cell, List<String> measures) {
        Optional<String> reason = unavailable(cell, measures.toArray(String[]::new));
        if (reason.isPresent()) {
            return notEnough(criterion, cell, reason.get());
        }
        if (cell.workers() == null || cell.workers() == 0) {
            return notEnough(criterion, cell, words.format("reason.noWorkers", cell.cellKey()));
        }
        long minutes = measures.stream().mapToLong(measure -> cell.value(measure).orElseThrow()).sum();
        BigDecimal perWorker = BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60L * cell.workers()), 6, RoundingMode.HALF_EVEN);
        BigDecimal bar = criterion.threshold().number();
        String shown = perWorker.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " h";
        String formula = words.format("hours", metricName(criterion.metric()), hours(minutes), cell.workers(), shown,
                criterion.comparator().symbol(), bar.toPlainString() + " h");
        Status status = criterion.comparator().holds(perWorker, bar) ? Status.MET : Status.BREACHED;
        return finding(criterion, status, shown, bar.toPlainString() + " h", formula, List.of(cell.cellKey()));
    }

    private AggregateFinding latePayments(Criterion criterion, CellFigures cell) {
        BigDecimal bar = criterion.threshold().number();
        if (criterion.comparator() != Comparator.AT_MOST || bar.signum() != 0) {
            return notEnough(criterion, cell, words.format("reason.daysNotPublished", bar.toPlainString()));
        }
        Optional<String> reason = unavailable(cell, PAYMENTS, LATE_PAYMENTS);
        if (reason.isPresent()) {
            return notEnough(criterion, cell, reason.get());
        }
        long payments = cell.value(PAYMENTS).orElseThrow();
        long late = cell.value(LATE_PAYMENTS).orElseThrow();
        if (payments == 0) {
            return notEnough(criterion, cell, words.format("reason.noPayments", cell.cellKey()));
        }
        String shown = percent(late, payments) + "%";
        String formula = words.format("late", late, payments, shown);
        return finding(criterion, late > 0 ? Status.BREACHED : Status.MET, shown, words.format("late.threshold"),
                formula, List.of(cell.cellKey()));
    }

    private AggregateFinding exposureGrievances(Criterion criterion, CellFigures cell) {
        BigDecimal bar = criterion.threshold().number();
        if (criterion.comparator() != Comparator.AT_MOST || bar.signum() != 0) {
            return notEnough(criterion, cell, words.format("reason.grievancesCountOnly", bar.toPlainString()));
        }
        Optional<String> reason = unavailable(cell, EXPOSURE_GRIEVANCES);
        if (reason.isPresent()) {
            return notEnough(criterion, cell, reason.get());
        }
        long grievances = cell.value(EXPOSURE_GRIEVANCES).orElseThrow();
        String formula = words.format("exposure", grievances, cell.workers());
        return finding(criterion, grievances > 0 ? Status.BREACHED : Status.MET, Long.toString(grievances), "0",
                formula, List.of(cell.cellKey()));
    }

    /** Why one of the measures cannot be used: the first suppressed or unpublished one, in words; empty when all are there. */
    private Optional<String> unavailable(CellFigures cell, String... measures) {
        for (String measure : measures) {
            if (cell.value(measure).isPresent()) {
                continue;
            }
            String why = cell.suppressedMeasures().get(measure);
            return Optional.of(why == null
                    ? words.format("reason.measureMissing", measureName(measure), cell.cellKey())
                    : words.format("reason.measureSuppressed", measureName(measure), cell.cellKey(), why));
        }
        return Optional.empty();
    }

    private AggregateFinding notEnough(Criterion criterion, CellFigures cell, String reason) {
        return finding(criterion, Status.NOT_ENOUGH_DATA, null, thresholdOf(criterion), reason, List.of(cell.cellKey()));
    }

    private String thresholdOf(Criterion criterion) {
        return criterion.threshold().isWage() ? words.format("wage." + criterion.threshold().wage().name())
                : criterion.threshold().number().toPlainString();
    }

    private AggregateFinding finding(Criterion criterion, Status status, String figure, String threshold,
                                     String formula, List<String> cellsUsed) {
        return new AggregateFinding(criterion.id(), criterion.principle(language), criterion.text(language),
                metricName(criterion.metric()), status, figure, threshold, formula, cellsUsed);
    }

    private String metricName(Metric metric) {
        return words.format("metric." + metric.key());
    }

    private String measureName(String measure) {
        String key = "measure." + measure;
        return words.has(key) ? words.format(key) : measure;
    }

    private static BigDecimal minor(long minor) {
        return BigDecimal.valueOf(minor, Money.fractionDigits(REPORTING_CURRENCY));
    }

    private static String perHour(BigDecimal major) {
        return Money.format(major, REPORTING_CURRENCY, Language.EN) + "/h";
    }

    private static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_EVEN).toPlainString() + " h";
    }

    private static String percent(long part, long whole) {
        return new Share(part, whole).percent(1).toPlainString();
    }
}
