package coop.steward.organizing.disclosure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cells of a space summed from contributions: per cell the distinct workers, the true and the noisy sums of
 * every measure, how many workers contribute a nonzero amount to each, and each worker's true minutes and net
 * pay in the cell (for dominance and quantiles).
 */
final class Tabulation {

    private static final Measure[] MEASURES = Measure.values();

    final CellSpace space;
    final int[] workers;
    final long[][] trueSums;
    /** In millionths: the sum of value × factor, exact. */
    final long[][] noisySums;
    final int[][] nonzero;
    final long[][] workerMinutes;
    final long[][] workerNet;

    private Tabulation(CellSpace space) {
        this.space = space;
        int cells = space.cellCount();
        workers = new int[cells];
        trueSums = new long[cells][MEASURES.length];
        noisySums = new long[cells][MEASURES.length];
        nonzero = new int[cells][MEASURES.length];
        workerMinutes = new long[cells][];
        workerNet = new long[cells][];
    }

    static Tabulation of(CellSpace space, List<Contribution> contributions, Noise noise) {
        Tabulation tabulation = new Tabulation(space);
        Map<UUID, List<Contribution>> byWorker = new LinkedHashMap<>();
        for (Contribution contribution : contributions) {
            byWorker.computeIfAbsent(contribution.workerId(), w -> new java.util.ArrayList<>()).add(contribution);
        }
        int[] perWorkerCount = new int[space.cellCount()];
        long[][] minutes = new long[space.cellCount()][];
        long[][] net = new long[space.cellCount()][];
        int[][] spansOfMonth = tabulation.spansByMonth(contributions);
        int[] patterns = space.patterns().stream().mapToInt(Integer::intValue).toArray();
        for (Map.Entry<UUID, List<Contribution>> worker : byWorker.entrySet()) {
            Map<Integer, long[]> own = new HashMap<>();
            for (Contribution contribution : worker.getValue()) {
                int[] spans = spansOfMonth[monthIndex(contribution, tabulation.firstMonth)];
                if (spans.length == 0) {
                    continue;
                }
                for (int pattern : patterns) {
                    long coordinates = space.coordinates(contribution.coordinates(), pattern);
                    if (coordinates < 0) {
                        continue;
                    }
                    for (int span : spans) {
                        Integer cell = space.id(new CellSpace.Cell(coordinates, span));
                        if (cell != null) {
                            long[] sums = own.computeIfAbsent(cell, c -> new long[MEASURES.length]);
                            for (Map.Entry<Measure, Long> value : contribution.values().entrySet()) {
                                sums[value.getKey().ordinal()] += value.getValue();
                            }
                        }
                    }
                }
            }
            if (own.isEmpty()) {
                continue;
            }
            long[] factors = noise.factors(worker.getKey());
            for (Map.Entry<Integer, long[]> entry : own.entrySet()) {
                int cell = entry.getKey();
                long[] sums = entry.getValue();
                tabulation.workers[cell]++;
                long allMinutes = 0;
                for (Measure measure : MEASURES) {
                    int m = measure.ordinal();
                    long value = sums[m];
                    if (value != 0) {
                        tabulation.trueSums[cell][m] = Math.addExact(tabulation.trueSums[cell][m], value);
                        tabulation.noisySums[cell][m] = Math.addExact(tabulation.noisySums[cell][m],
                                Math.multiplyExact(value, factors[m]));
                        tabulation.nonzero[cell][m]++;
                        if (measure.unit() == Measure.Unit.MINUTES) {
                            allMinutes += value;
                        }
                    }
                }
                int n = perWorkerCount[cell]++;
                if (minutes[cell] == null) {
                    minutes[cell] = new long[4];
                    net[cell] = new long[4];
                } else if (n == minutes[cell].length) {
                    minutes[cell] = Arrays.copyOf(minutes[cell], n * 2);
                    net[cell] = Arrays.copyOf(net[cell], n * 2);
                }
                minutes[cell][n] = allMinutes;
                net[cell][n] = sums[Measure.NET_PAY.ordinal()];
            }
        }
        for (int cell = 0; cell < space.cellCount(); cell++) {
            int n = perWorkerCount[cell];
            tabulation.workerMinutes[cell] = n == 0 ? new long[0] : Arrays.copyOf(minutes[cell], n);
            tabulation.workerNet[cell] = n == 0 ? new long[0] : Arrays.copyOf(net[cell], n);
        }
        return tabulation;
    }

    private java.time.YearMonth firstMonth;

    /** For each month from the earliest contribution's, the spans containing it (none outside every window). */
    private int[][] spansByMonth(List<Contribution> contributions) {
        java.time.YearMonth first = null;
        java.time.YearMonth last = null;
        for (Contribution contribution : contributions) {
            java.time.YearMonth month = contribution.month();
            first = first == null || month.isBefore(first) ? month : first;
            last = last == null || month.isAfter(last) ? month : last;
        }
        firstMonth = first;
        if (first == null) {
            return new int[0][];
        }
        int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        int[][] spans = new int[months][];
        for (int i = 0; i < months; i++) {
            java.time.YearMonth month = first.plusMonths(i);
            java.util.List<Integer> containing = new java.util.ArrayList<>();
            for (int s = 0; s < space.spanCount(); s++) {
                if (space.span(s).contains(month)) {
                    containing.add(s);
                }
            }
            spans[i] = containing.stream().mapToInt(Integer::intValue).toArray();
        }
        return spans;
    }

    private static int monthIndex(Contribution contribution, java.time.YearMonth first) {
        return (int) first.until(contribution.month(), java.time.temporal.ChronoUnit.MONTHS);
    }

    long trueAllMinutes(int cell) {
        long sum = 0;
        for (Measure measure : Measure.minutes()) {
            sum += trueSums[cell][measure.ordinal()];
        }
        return sum;
    }

    long noisyAllMinutes(int cell) {
        long sum = 0;
        for (Measure measure : Measure.minutes()) {
            sum += noisySums[cell][measure.ordinal()];
        }
        return sum;
    }
}
