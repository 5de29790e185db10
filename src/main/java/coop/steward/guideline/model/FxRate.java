package coop.steward.guideline.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Units of a currency per US dollar, in force from its date until the next rate of the same currency. */
public record FxRate(String currency, LocalDate date, BigDecimal perUsd, Source source, String note) {
}
