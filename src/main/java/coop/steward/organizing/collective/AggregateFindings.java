package coop.steward.organizing.collective;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.Instants;
import coop.steward.common.validation.Language;
import coop.steward.guideline.PolicyTemplates;
import coop.steward.guideline.model.Guideline;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.Period;
import coop.steward.organizing.disclosure.PeriodKind;
import coop.steward.organizing.disclosure.Publication;
import coop.steward.organizing.disclosure.PublishedCell;
import coop.steward.organizing.disclosure.PublishedTable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregate findings: each measurable criterion of a guideline assessed on a cell's published figures over the
 * publication's whole window, never on suppressed ones (see {@link AggregateRules}). Used by collective packs and
 * by the public registry; it reads no worker data itself, so it audits nothing.
 */
@Singleton
public class AggregateFindings {

    private final PolicyTemplates templates;
    private final Clock clock;

    AggregateFindings(PolicyTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * @param cell the coordinates of the cell (e.g. vendor, or vendor and jurisdiction); a publication table with
     *             exactly these dimensions must hold it, else every criterion is not enough data
     */
    public List<AggregateFinding> assess(Publication publication, Map<Dimension, String> cell, String guidelineId,
                                         Language language) {
        Guideline guideline = guideline(guidelineId);
        return assess(publication, cell, guideline, language);
    }

    List<AggregateFinding> assess(Publication publication, Map<Dimension, String> cell, Guideline guideline,
                                  Language language) {
        AggregateRules rules = new AggregateRules(templates.tables(), language);
        Optional<PublishedTable> table = publication.tables().stream()
                .filter(candidate -> candidate.spec().dimensions().size() == cell.size()
                        && cell.keySet().containsAll(candidate.spec().dimensions()))
                .findFirst();
        Optional<Period> window = table.flatMap(found -> found.periods().stream()
                .filter(period -> period.kind() == PeriodKind.WINDOW).findFirst());
        Optional<PublishedCell> found = table.flatMap(t -> window.flatMap(w -> t.cell(cell, w.key())));
        int k = publication.rules().k();
        if (found.isEmpty()) {
            CellFigures missing = new CellFigures(cell + ", " + Period.WINDOW, cell.get(Dimension.JURISDICTION),
                    null, null, new CollectiveWords(language).format("suppression.UNKNOWN"), null, Map.of(), Map.of(),
                    null, null);
            return rules.assess(guideline, missing, today());
        }
        CellFigures figures = VendorCells.figures(found.get(), window.get(), k, language);
        LocalDate end = window.get().last().atEndOfMonth();
        LocalDate asOf = end.isAfter(today()) ? today() : end;
        return rules.assess(guideline, figures, asOf);
    }

    Guideline guideline(String guidelineId) {
        return templates.guideline(guidelineId)
                .orElseThrow(() -> ProblemException.invalid("guidelineIds", "no guideline " + guidelineId + " is loaded"));
    }

    List<Guideline> guidelines() {
        return templates.guidelines();
    }

    private LocalDate today() {
        return Instants.now(clock).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
