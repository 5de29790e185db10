package coop.steward.guideline.model;

import coop.steward.common.validation.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Holds a worker's records for a period against every criterion of a guideline. */
public final class Assessor {

    private final ReferenceTables tables;

    public Assessor(ReferenceTables tables) {
        this.tables = tables;
    }

    /**
     * {@code from} and {@code to} are inclusive days in the worker's own time zone; {@code asOf} is the day the
     * assessment is made there, before or on which a promised payment is not yet due.
     */
    public Assessment assess(Guideline guideline, WorkLog log, LocalDate from, LocalDate to, LocalDate asOf) {
        return assess(guideline, log, from, to, asOf, Language.EN);
    }

    /** The same, with each finding's principle, text and unit in the language asked for. */
    public Assessment assess(Guideline guideline, WorkLog log, LocalDate from, LocalDate to, LocalDate asOf,
                             Language language) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts after it ends");
        }
        WorkPeriod period = new WorkPeriod(log, from, to, asOf);
        RecordMetrics metrics = new RecordMetrics(period, tables, language);
        List<Finding> findings = guideline.criteria().stream()
                .map(criterion -> assess(criterion, language, period, metrics))
                .toList();
        return new Assessment(guideline.id(), guideline.version(), log.workerId(), from, to, asOf, log.zone().getId(),
                period.notYetDue(), findings);
    }

    private Finding assess(Criterion criterion, Language language, WorkPeriod period, RecordMetrics metrics) {
        if (!criterion.measurable()) {
            return Findings.notEnoughData(criterion, language,
                    new FormulaWords(language).format("reason.vendorOnly"));
        }
        if (criterion.metric() == Metric.EFFECTIVE_HOURLY_PAY) {
            return EffectivePay.assess(criterion, language, period, tables);
        }
        Optional<Measurement> measurement = metrics.measure(criterion.metric());
        return measurement.map(value -> Findings.compared(criterion, language, value))
                .orElseGet(() -> Findings.notEnoughData(criterion, language,
                        new FormulaWords(language).format("reason.noRecords", period.from(), period.to(),
                                criterion.metric().key())));
    }
}
