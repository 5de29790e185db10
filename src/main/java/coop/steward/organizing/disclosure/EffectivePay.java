package coop.steward.organizing.disclosure;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Quantiles of per-worker effective hourly pay in a cell (net pay × 60 ÷ all minutes, from each worker's true
 * values; a worker without pay or without minutes is left out): the median from at least k workers, p10 and p90
 * from at least 2k. Linear interpolation between order statistics (Hyndman and Fan's definition 7, as R's
 * default and spreadsheets' PERCENTILE.INC), rounded half-even to a quarter of a currency unit per hour.
 */
final class EffectivePay {

    private EffectivePay() {
    }

    static Quantiles quantiles(long[] netPay, long[] allMinutes, int k) {
        long[] rates = new long[netPay.length];
        int n = 0;
        for (int i = 0; i < netPay.length; i++) {
            if (netPay[i] > 0 && allMinutes[i] > 0) {
                rates[n++] = Math.multiplyExact(netPay[i], 60L * Noise.SCALE) / allMinutes[i];
            }
        }
        if (n < k) {
            return null;
        }
        long[] sorted = Arrays.copyOf(rates, n);
        Arrays.sort(sorted);
        Long median = quantile(sorted, 5);
        return n < 2 * k ? new Quantiles(null, median, null)
                : new Quantiles(quantile(sorted, 1), median, quantile(sorted, 9));
    }

    /** The tenths-th decile (1 = p10, 5 = median, 9 = p90) of sorted rates in millionths, rounded. */
    private static long quantile(long[] sorted, int tenths) {
        long h10 = (long) (sorted.length - 1) * tenths;
        int j = (int) (h10 / 10);
        long g10 = h10 % 10;
        long low = sorted[j];
        long high = sorted[Math.min(j + 1, sorted.length - 1)];
        BigDecimal value = BigDecimal.valueOf(low).add(BigDecimal.valueOf(high - low)
                .multiply(BigDecimal.valueOf(g10)).divide(BigDecimal.TEN));
        return Rounding.round(value.movePointLeft(6), DisclosureControl.QUANTILE_UNIT);
    }
}
