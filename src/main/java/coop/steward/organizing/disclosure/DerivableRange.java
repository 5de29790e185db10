package coop.steward.organizing.disclosure;

/**
 * What someone who reads a publication can work out about a withheld cell's measure from the published cells and
 * the tables' sums: the least and the greatest value consistent with them (upper may be infinite). A published
 * value has a range of its own rounding.
 */
public record DerivableRange(double lower, double upper) {

    /** Whether the range covers value × (1 ± level): the cell cannot be narrowed down to within level of value. */
    public boolean covers(double value, double level) {
        return lower <= value * (1 - level) + 1e-6 && upper >= value * (1 + level) - 1e-6;
    }
}
