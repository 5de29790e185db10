package coop.steward.evidence.assembly;

import coop.steward.evidence.assembly.PackAssembler.AssessedGuideline;
import coop.steward.evidence.content.Figure;
import coop.steward.evidence.pdf.Labels;
import coop.steward.guideline.model.Finding;
import coop.steward.guideline.model.PendingWeek;
import coop.steward.guideline.model.ReferenceTables;
import coop.steward.guideline.model.WageEntry;
import coop.steward.guideline.model.WageKind;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.LedgerSummary;
import coop.steward.ledger.UnpaidCategory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The summary page: time paid and unpaid by category, money per currency with the effective hourly pay after
 * costs, the wage thresholds in force in the period, and the back pay each pay criterion finds owed.
 */
final class SummaryFigures {

    private final Labels labels;
    private final ReferenceTables tables;

    SummaryFigures(Labels labels, ReferenceTables tables) {
        this.labels = labels;
        this.tables = tables;
    }

    List<Figure> of(PackScope scope, LedgerSummary summary, List<AssessedGuideline> assessments) {
        Set<UUID> gigIds = scope.engagementsById().keySet();
        List<LedgerSummary.WeekRow> rows = summary.weeks().stream()
                .filter(row -> gigIds.contains(row.engagementId())).toList();
        List<PendingWeek> notYetDue = notYetDue(assessments);
        Set<String> pendingWeeks = new LinkedHashSet<>();
        notYetDue.forEach(week -> pendingWeeks.add(week.week()));
        List<Figure> figures = new ArrayList<>();
        time(rows, figures);
        money(rows, pendingWeeks, figures);
        for (PendingWeek week : notYetDue) {
            figures.add(new Figure(labels.format("summary.notYetDue", week.week()), labels.format("summary.notYetDueValue",
                    Amounts.hours(week.hours()), labels.date(week.dueOn()))));
        }
        thresholds(scope, figures);
        backPay(assessments, figures);
        return figures;
    }

    private void time(List<LedgerSummary.WeekRow> rows, List<Figure> figures) {
        long paid = 0;
        long all = 0;
        Map<UnpaidCategory, Long> unpaid = new EnumMap<>(UnpaidCategory.class);
        for (LedgerSummary.WeekRow row : rows) {
            paid += row.paidMinutes();
            all += row.totalMinutes();
            row.unpaidMinutes().forEach((category, minutes) -> unpaid.merge(category, (long) minutes, Long::sum));
        }
        figures.add(new Figure(labels.get("summary.hoursAll"), Amounts.hours(all)));
        figures.add(new Figure(labels.get("summary.hoursPaid"), Amounts.hours(paid)));
        String share = all == 0 ? "" : " (" + Amounts.percent(all - paid, all) + ")";
        figures.add(new Figure(labels.get("summary.hoursUnpaid"), Amounts.hours(all - paid) + share));
        unpaid.forEach((category, minutes) -> {
            if (minutes > 0) {
                figures.add(new Figure(labels.get("unpaid." + category.name()), Amounts.hours(minutes)));
            }
        });
    }

    /** Money per currency; effective pay leaves out the weeks whose pay is not yet due, as the assessment does. */
    private void money(List<LedgerSummary.WeekRow> rows, Set<String> pendingWeeks, List<Figure> figures) {
        Map<String, long[]> byCurrency = new TreeMap<>();
        for (LedgerSummary.WeekRow row : rows) {
            long[] sums = byCurrency.computeIfAbsent(row.currency(), currency -> new long[5]);
            sums[0] += row.grossMinor();
            sums[1] += row.feesMinor();
            sums[2] += row.netMinor();
            // A payment counts in the week it was made, not the week it paid for: all net pay is set against the
            // hours that are due, as no payment for a week not yet due has arrived unless the vendor paid early.
            sums[3] += row.netMinor();
            if (!pendingWeeks.contains(row.week())) {
                sums[4] += row.totalMinutes();
            }
        }
        byCurrency.forEach((currency, sums) -> {
            figures.add(new Figure(labels.get("summary.gross"), Amounts.money(sums[0], currency)));
            figures.add(new Figure(labels.get("summary.fees"), Amounts.money(sums[1], currency)));
            figures.add(new Figure(labels.get("summary.net"), Amounts.money(sums[2], currency)));
            if (sums[4] > 0) {
                long hourly = Amounts.perHour(sums[3], currency, sums[4]);
                figures.add(new Figure(labels.get("summary.effective"), labels.format("summary.effectiveFormula",
                        Amounts.money(sums[3], currency), Amounts.hours(sums[4]), Amounts.hourly(hourly, currency))));
            }
        });
    }

    /** The weeks set apart as not yet due; every assessment of one pack reads the same records on the same day. */
    static List<PendingWeek> notYetDue(List<AssessedGuideline> assessments) {
        return assessments.isEmpty() ? List.of() : assessments.get(0).assessment().notYetDue();
    }

    /**
     * Every minimum and living wage entry in force on some day of the period, for each gig's place: its wage area
     * where the area has figures of that kind, else its jurisdiction, each cited with its source and date.
     */
    private void thresholds(PackScope scope, List<Figure> figures) {
        Map<String, EngagementView> places = new LinkedHashMap<>();
        scope.engagements().forEach(gig -> places.putIfAbsent(gig.jurisdiction() + "|" + gig.wageArea(), gig));
        for (WageKind kind : WageKind.values()) {
            for (EngagementView gig : places.values()) {
                List<WageEntry> all = tables.wages().byJurisdiction().getOrDefault(gig.jurisdiction(), List.of()).stream()
                        .filter(entry -> entry.kind() == kind)
                        .toList();
                List<WageEntry> area = all.stream()
                        .filter(entry -> entry.area() != null && entry.area().id().equals(gig.wageArea())).toList();
                List<WageEntry> entries = (area.isEmpty() ? all.stream().filter(entry -> entry.area() == null).toList() : area)
                        .stream()
                        .filter(entry -> !entry.effectiveFrom().isAfter(scope.to())
                                && (entry.effectiveTo() == null || !entry.effectiveTo().isBefore(scope.from())))
                        .toList();
                String place = area.isEmpty() ? gig.jurisdiction() : area.get(0).place();
                String label = labels.format("summary.threshold." + kind.name(), place);
                if (entries.isEmpty()) {
                    figures.add(new Figure(label, labels.get("summary.thresholdNone")));
                }
                for (WageEntry entry : entries) {
                    figures.add(new Figure(label, labels.format("summary.thresholdValue", entry.describe(),
                            labels.date(entry.effectiveFrom()), entry.source().name())));
                }
            }
        }
    }

    private void backPay(List<AssessedGuideline> assessments, List<Figure> figures) {
        for (AssessedGuideline assessed : assessments) {
            for (Finding finding : assessed.assessment().findings()) {
                if (finding.backPay() != null) {
                    figures.add(new Figure(labels.format("summary.backPay", finding.citation()),
                            finding.backPay().total().toString()));
                }
            }
        }
    }
}
