package coop.steward.guideline.model;

import java.util.List;

/** Builds the findings that need no computation of their own. */
final class Findings {

    private Findings() {
    }

    static Finding notEnoughData(Criterion criterion, String reason) {
        return new Finding(criterion.id(), criterion.principle(), criterion.text(), criterion.citation(),
                criterion.severity(), criterion.metric() == null ? null : criterion.metric().key(),
                Status.NOT_ENOUGH_DATA, null, criterion.unit(), null, null, List.of(), List.of(), null, reason);
    }

    static Finding compared(Criterion criterion, Measurement measurement) {
        boolean met = criterion.comparator().holds(measurement.value(), criterion.threshold().number());
        String display = criterion.comparator().symbol() + " " + criterion.threshold().number().toPlainString()
                + (criterion.unit() == null ? "" : " " + criterion.unit());
        return new Finding(criterion.id(), criterion.principle(), criterion.text(), criterion.citation(),
                criterion.severity(), criterion.metric().key(), met ? Status.MET : Status.BREACHED,
                measurement.value(), criterion.unit(), new ThresholdView(criterion.threshold().number(), display, List.of()),
                measurement.formula(), met ? List.of() : measurement.weeks(), measurement.recordIds(), null, null);
    }
}
