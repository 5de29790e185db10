package coop.steward.organizing.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How published sums are rounded after the noise: minutes to 5, money to whole units (100 minor), counts to 1. */
final class Rounding {

    private Rounding() {
    }

    static long unit(Measure measure) {
        return switch (measure.unit()) {
            case MINUTES -> 5;
            case MONEY -> 100;
            case EVENTS -> 1;
        };
    }

    /** A noisy sum in millionths, rounded half-even to the measure's unit. */
    static long publish(long noisyMillionths, Measure measure) {
        return round(BigDecimal.valueOf(noisyMillionths, 6), unit(measure));
    }

    static long round(BigDecimal value, long unit) {
        BigDecimal units = BigDecimal.valueOf(unit);
        return value.divide(units, 0, RoundingMode.HALF_EVEN).multiply(units).longValueExact();
    }
}
