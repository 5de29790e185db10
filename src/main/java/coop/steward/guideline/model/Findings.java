package coop.steward.guideline.model;

import coop.steward.common.validation.Language;

import java.util.List;

/** Builds the findings that need no computation of their own. */
final class Findings {

    private Findings() {
    }

    static Finding notEnoughData(Criterion criterion, Language language, String reason) {
        return new Finding(criterion.id(), criterion.principle(language), criterion.text(language), criterion.citation(),
                criterion.severity(), criterion.metric() == null ? null : criterion.metric().key(),
                Status.NOT_ENOUGH_DATA, null, criterion.unit(language), null, null, List.of(), List.of(), null, reason);
    }

    static Finding compared(Criterion criterion, Language language, Measurement measurement) {
        boolean met = criterion.comparator().holds(measurement.value(), criterion.threshold().number());
        String display = criterion.comparator().symbol() + " " + criterion.threshold().number().toPlainString()
                + (criterion.unit() == null ? "" : " " + criterion.unit(language));
        return new Finding(criterion.id(), criterion.principle(language), criterion.text(language), criterion.citation(),
                criterion.severity(), criterion.metric().key(), met ? Status.MET : Status.BREACHED,
                measurement.value(), criterion.unit(language), new ThresholdView(criterion.threshold().number(), display, List.of()),
                measurement.formula(), met ? List.of() : measurement.weeks(), measurement.recordIds(), null, null);
    }
}
