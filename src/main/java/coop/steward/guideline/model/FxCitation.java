package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The exchange rate a week's threshold was converted at: both currencies' rates per US dollar and their sources. */
public record FxCitation(String from, String to, BigDecimal fromPerUsd, LocalDate fromDate, Source fromSource,
                         BigDecimal toPerUsd, LocalDate toDate, Source toSource) {

    static FxCitation of(FxRates.Conversion conversion) {
        FxRate from = conversion.fromRate();
        FxRate to = conversion.toRate();
        return new FxCitation(from.currency(), to.currency(), from.perUsd(), from.date(), from.source(),
                to.perUsd(), to.date(), to.source());
    }
}
