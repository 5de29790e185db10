package coop.steward.evidence.assembly;

import coop.steward.evidence.assembly.PackAssembler.AssessedGuideline;
import coop.steward.evidence.content.Finding;
import coop.steward.evidence.content.FindingStatus;
import coop.steward.evidence.pdf.Labels;

import java.util.ArrayList;
import java.util.List;

/**
 * Each measurable criterion's finding as the pack prints it: the engine's formula with the worker's numbers,
 * then the measured value, the threshold, the weeks affected and the back pay owed. Criteria that only a
 * vendor's answers can assess say nothing about the worker's records and are left out.
 */
final class FindingEntries {

    private FindingEntries() {
    }

    static List<Finding> of(Labels labels, List<AssessedGuideline> assessments) {
        List<Finding> entries = new ArrayList<>();
        for (AssessedGuideline assessed : assessments) {
            for (coop.steward.guideline.model.Finding finding : assessed.assessment().findings()) {
                if (finding.metric() == null) {
                    continue;
                }
                entries.add(new Finding(finding.principle() + ": " + finding.text(),
                        FindingStatus.valueOf(finding.status().name()), explanation(labels, finding),
                        assessed.guideline().title() + " — " + finding.citation()));
            }
        }
        return entries;
    }

    private static String explanation(Labels labels, coop.steward.guideline.model.Finding finding) {
        if (finding.formula() == null) {
            return labels.get("finding.reason") + ": " + finding.reason();
        }
        StringBuilder text = new StringBuilder(finding.formula());
        if (finding.measured() != null) {
            text.append(". ").append(labels.get("finding.measured")).append(": ")
                    .append(finding.measured().toPlainString()).append(finding.unit() == null ? "" : " " + finding.unit());
        }
        if (finding.threshold() != null) {
            text.append(". ").append(labels.get("finding.threshold")).append(": ").append(finding.threshold().display());
        }
        if (!finding.weeksAffected().isEmpty()) {
            text.append(". ").append(labels.get("finding.weeks")).append(": ")
                    .append(String.join(", ", finding.weeksAffected()));
        }
        if (finding.backPay() != null) {
            text.append(". ").append(labels.get("finding.backPay")).append(": ").append(finding.backPay().total());
        }
        return text.toString();
    }
}
