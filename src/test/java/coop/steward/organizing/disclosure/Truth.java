package coop.steward.organizing.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a cell really holds, summed straight from the contributions: what an attacker wants to learn. */
final class Truth {

    private Truth() {
    }

    static boolean inCell(Contribution contribution, Map<Dimension, String> coordinates, Period period) {
        return period.contains(contribution.month()) && coordinates.entrySet().stream()
                .allMatch(c -> c.getValue().equals(contribution.coordinates().get(c.getKey())));
    }

    static long sum(List<Contribution> contributions, Map<Dimension, String> coordinates, Period period,
                    Measure measure) {
        return contributions.stream().filter(c -> inCell(c, coordinates, period))
                .mapToLong(c -> c.value(measure)).sum();
    }

    static long sum(List<Contribution> contributions, PublishedTable table, PublishedCell cell, Measure measure) {
        return sum(contributions, cell.coordinates(), table.period(cell.period()).orElseThrow(), measure);
    }

    static Set<UUID> workers(List<Contribution> contributions, PublishedTable table, PublishedCell cell) {
        Period period = table.period(cell.period()).orElseThrow();
        return contributions.stream().filter(c -> inCell(c, cell.coordinates(), period))
                .map(Contribution::workerId).collect(Collectors.toSet());
    }

    static long workerSum(List<Contribution> contributions, UUID worker, Map<Dimension, String> coordinates,
                          Period period, Measure measure) {
        return contributions.stream().filter(c -> c.workerId().equals(worker) && inCell(c, coordinates, period))
                .mapToLong(c -> c.value(measure)).sum();
    }
}
