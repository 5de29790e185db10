package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One wage table entry a threshold rested on, as a reader would cite it. */
public record WageCitation(String jurisdiction, String area, String kind, String figure, BigDecimal hourly,
                           String currency, LocalDate effectiveFrom, LocalDate effectiveTo, Source source, String note,
                           String precision, String household) {

    static WageCitation of(WageEntry entry) {
        return new WageCitation(entry.jurisdiction(), entry.area() == null ? null : entry.area().name(),
                entry.kind().label(), entry.describe(), entry.hourly(), entry.currency(), entry.effectiveFrom(),
                entry.effectiveTo(), entry.source(), entry.note(), entry.precision().key(), entry.household());
    }
}
