package coop.steward.guideline.model;

import java.math.BigDecimal;

/** A criterion's bar: either a fixed number or the wage table of the engagement's jurisdiction. */
public record Threshold(BigDecimal number, WageKind wage) {

    public static Threshold of(BigDecimal number) {
        return new Threshold(number, null);
    }

    public static Threshold of(WageKind wage) {
        return new Threshold(null, wage);
    }

    public boolean isWage() {
        return wage != null;
    }

    @Override
    public String toString() {
        return isWage() ? wage.thresholdKey() : number.toPlainString();
    }
}
