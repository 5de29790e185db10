package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.util.List;

/** The bar a finding was held to, and for a wage threshold each table entry used, with its source and dates. */
public record ThresholdView(BigDecimal value, String display, List<WageCitation> wages) {

    public ThresholdView {
        wages = List.copyOf(wages);
    }
}
