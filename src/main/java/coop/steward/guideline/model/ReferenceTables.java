package coop.steward.guideline.model;

/** The wage and FX tables an assessment reads thresholds and conversions from. */
public record ReferenceTables(Wages wages, FxRates fx) {
}
