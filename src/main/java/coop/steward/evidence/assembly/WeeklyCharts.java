package coop.steward.evidence.assembly;

import coop.steward.common.money.Money;
import coop.steward.evidence.assembly.PackAssembler.AssessedGuideline;
import coop.steward.evidence.content.WeekPoint;
import coop.steward.evidence.content.WeeklyChart;
import coop.steward.guideline.model.Criterion;
import coop.steward.guideline.model.Finding;
import coop.steward.guideline.model.PendingWeek;
import coop.steward.guideline.model.ReferenceTables;
import coop.steward.guideline.model.Threshold;
import coop.steward.guideline.model.WageEntry;
import coop.steward.guideline.model.WageKind;
import coop.steward.guideline.model.WeekBackPay;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.LedgerSummary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The weekly chart of effective pay against the minimum and living wage. Where a guideline's effective-pay
 * criterion was assessed, each week is its net pay and threshold divided by all its hours, as the back pay was
 * computed; otherwise the week comes from the ledger summary and the wage in force on its Monday.
 */
final class WeeklyCharts {

    private WeeklyCharts() {
    }

    static WeeklyChart of(PackScope scope, LedgerSummary summary, List<AssessedGuideline> assessments,
                          ReferenceTables tables) {
        List<String> notYetDue = SummaryFigures.notYetDue(assessments).stream().map(PendingWeek::week).toList();
        Map<WageKind, Finding> assessed = effectivePayFindings(assessments);
        if (!assessed.isEmpty()) {
            return fromAssessments(assessed, notYetDue);
        }
        return fromSummary(scope, summary, tables, notYetDue);
    }

    private static Map<WageKind, Finding> effectivePayFindings(List<AssessedGuideline> assessments) {
        Map<WageKind, Finding> found = new EnumMap<>(WageKind.class);
        for (AssessedGuideline assessed : assessments) {
            for (Finding finding : assessed.assessment().findings()) {
                Optional<WageKind> kind = assessed.guideline().criterion(finding.criterionId())
                        .map(Criterion::threshold).filter(threshold -> threshold != null && threshold.isWage())
                        .map(Threshold::wage);
                if (kind.isPresent() && finding.backPay() != null) {
                    found.putIfAbsent(kind.get(), finding);
                }
            }
        }
        return found;
    }

    private static WeeklyChart fromAssessments(Map<WageKind, Finding> findings, List<String> notYetDue) {
        Finding any = findings.values().iterator().next();
        String currency = any.backPay().total().currency();
        Map<String, Long> effective = new TreeMap<>();
        Map<WageKind, Map<String, Long>> wages = new EnumMap<>(WageKind.class);
        findings.forEach((kind, finding) -> {
            Map<String, Long> perWeek = wages.computeIfAbsent(kind, k -> new TreeMap<>());
            for (WeekBackPay week : finding.backPay().weeks()) {
                if (week.hours().signum() > 0 && week.threshold().currency().equals(currency)) {
                    effective.put(week.week(), Amounts.perHour(week.netPay(), week.hours()));
                    perWeek.put(week.week(), Amounts.perHour(week.threshold(), week.hours()));
                }
            }
        });
        List<WeekPoint> points = new ArrayList<>();
        for (String week : new TreeSet<>(effective.keySet())) {
            points.add(new WeekPoint(week, effective.get(week),
                    wages.getOrDefault(WageKind.MINIMUM, Map.of()).get(week),
                    wages.getOrDefault(WageKind.LIVING, Map.of()).get(week)));
        }
        return new WeeklyChart(currency, points, notYetDue);
    }

    private static WeeklyChart fromSummary(PackScope scope, LedgerSummary summary, ReferenceTables tables,
                                           List<String> notYetDue) {
        Map<UUID, EngagementView> gigs = scope.engagementsById();
        List<LedgerSummary.WeekRow> rows = summary.weeks().stream()
                .filter(row -> gigs.containsKey(row.engagementId())).toList();
        if (rows.isEmpty()) {
            return WeeklyChart.empty(scope.engagements().isEmpty() ? "USD" : scope.engagements().get(0).currency());
        }
        String currency = rows.get(0).currency();
        EngagementView gig = gigs.get(rows.get(0).engagementId());
        Map<String, long[]> weeks = new TreeMap<>();
        rows.stream().filter(row -> row.currency().equals(currency))
                .filter(row -> !notYetDue.contains(row.week())).forEach(row -> {
            long[] sums = weeks.computeIfAbsent(row.week(), week -> new long[2]);
            sums[0] += row.netMinor();
            sums[1] += row.totalMinutes();
        });
        List<WeekPoint> points = new ArrayList<>();
        weeks.forEach((week, sums) -> {
            if (sums[1] > 0) {
                LocalDate monday = mondayOf(week);
                points.add(new WeekPoint(week, Amounts.perHour(sums[0], currency, sums[1]),
                        wage(tables, gig, WageKind.MINIMUM, monday, currency),
                        wage(tables, gig, WageKind.LIVING, monday, currency)));
            }
        });
        return new WeeklyChart(currency, points, notYetDue);
    }

    /** The finest place's figure: the gig's wage area where it has one, else its jurisdiction's. */
    private static Long wage(ReferenceTables tables, EngagementView gig, WageKind kind, LocalDate day, String currency) {
        return tables.wages().inForce(gig.jurisdiction(), gig.wageArea(), kind, day)
                .filter(entry -> entry.currency().equals(currency))
                .map(WageEntry::hourly)
                .map(hourly -> Money.ofMajor(hourly, currency).minor())
                .orElse(null);
    }

    private static LocalDate mondayOf(String isoWeek) {
        int year = Integer.parseInt(isoWeek.substring(0, 4));
        int week = Integer.parseInt(isoWeek.substring(6));
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }
}
