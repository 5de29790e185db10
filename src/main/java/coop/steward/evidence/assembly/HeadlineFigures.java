package coop.steward.evidence.assembly;

import coop.steward.evidence.assembly.PackAssembler.AssessedGuideline;
import coop.steward.evidence.content.Figure;
import coop.steward.evidence.pdf.Labels;
import coop.steward.guideline.model.Criterion;
import coop.steward.guideline.model.Finding;
import coop.steward.guideline.model.Metric;
import coop.steward.guideline.model.Status;
import coop.steward.guideline.model.Threshold;
import coop.steward.guideline.model.WageKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What page 1 says for a reader who reads nothing else: effective pay against the minimum and the living wage (as
 * each guideline's pay criterion measured it), the back pay owed, and how many criteria the records breach.
 */
final class HeadlineFigures {

    private final Labels labels;

    HeadlineFigures(Labels labels) {
        this.labels = labels;
    }

    List<Figure> of(List<AssessedGuideline> assessments) {
        List<Figure> figures = new ArrayList<>();
        for (WageKind kind : WageKind.values()) {
            for (AssessedGuideline assessed : assessments) {
                for (Finding finding : assessed.assessment().findings()) {
                    if (isEffectivePayAgainst(assessed, finding, kind)) {
                        figures.add(new Figure(labels.get("headline.effective." + kind.name()), effective(assessed, finding)));
                    }
                }
            }
        }
        List<String> owed = new ArrayList<>();
        for (AssessedGuideline assessed : assessments) {
            for (Finding finding : assessed.assessment().findings()) {
                if (finding.backPay() != null && finding.backPay().total().minor() > 0) {
                    owed.add(labels.format("headline.backPayValue", finding.backPay().total().toString(),
                            assessed.guideline().title()));
                }
            }
        }
        figures.add(new Figure(labels.get("headline.backPay"),
                owed.isEmpty() ? labels.get("headline.backPayNone") : String.join("; ", owed)));
        long assessed = assessments.stream().flatMap(a -> a.assessment().findings().stream())
                .filter(finding -> finding.metric() != null).count();
        long breached = assessments.stream().flatMap(a -> a.assessment().findings().stream())
                .filter(finding -> finding.metric() != null && finding.status() == Status.BREACHED).count();
        figures.add(new Figure(labels.get("headline.breaches"), labels.format("headline.breachesValue", breached, assessed)));
        return figures;
    }

    private static boolean isEffectivePayAgainst(AssessedGuideline assessed, Finding finding, WageKind kind) {
        Optional<Threshold> threshold = assessed.guideline().criterion(finding.criterionId())
                .filter(criterion -> criterion.metric() == Metric.EFFECTIVE_HOURLY_PAY)
                .map(Criterion::threshold);
        return threshold.isPresent() && threshold.get().wage() == kind;
    }

    private String effective(AssessedGuideline assessed, Finding finding) {
        String verdict = labels.get("status." + finding.status().name());
        if (finding.measured() == null || finding.threshold() == null) {
            return verdict + " (" + assessed.guideline().title() + ")";
        }
        String measured = finding.measured().toPlainString() + (finding.unit() == null ? "" : " " + finding.unit());
        return labels.format("headline.effectiveValue", measured, finding.threshold().display(), verdict,
                assessed.guideline().title());
    }
}
