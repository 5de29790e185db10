package coop.steward.organizing.disclosure;

/**
 * Effective hourly pay of a cell's workers (reporting-currency minor units per hour); a quantile is null when too
 * few workers back it (the median needs k, p10 and p90 need 2k).
 */
public record Quantiles(Long p10, Long median, Long p90) {
}
