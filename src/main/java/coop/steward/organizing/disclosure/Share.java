package coop.steward.organizing.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A published part of a published whole (unpaid minutes of all minutes, weeks below a wage of the weeks assessed,
 * late payments of payments), worked out in this one place for dashboards, collective packs and the public registry.
 * Each figure carries its own noise, so the part is capped at its whole: a share above 100 % would be the noise
 * speaking, not the records.
 */
public record Share(long part, long whole) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Share {
        if (whole <= 0) {
            throw new IllegalArgumentException("a share of nothing: " + part + " of " + whole);
        }
        part = Math.min(part, whole);
    }

    /** The share, or none when the whole is empty. */
    public static Optional<Share> of(long part, long whole) {
        return whole <= 0 ? Optional.empty() : Optional.of(new Share(part, whole));
    }

    /** The share when both figures are published and the whole is not empty. */
    public static Optional<Share> of(Optional<Long> part, Optional<Long> whole) {
        return part.flatMap(p -> whole.flatMap(w -> of(p, w)));
    }

    /** Part over whole, from 0 to 1, rounded half to even. */
    public BigDecimal fraction(int scale) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_EVEN);
    }

    /** Part over whole in per cent, from 0 to 100, rounded half to even. */
    public BigDecimal percent(int scale) {
        return BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_EVEN);
    }
}
