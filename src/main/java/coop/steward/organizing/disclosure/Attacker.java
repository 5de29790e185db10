package coop.steward.organizing.disclosure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A reader of a publication working out a withheld cell: the publication's cells and sums rebuilt from its
 * tables, each published figure known up to its rounding, every withheld one unknown and at least zero.
 */
final class Attacker {

    private final CellSpace space;
    private final PublishedCell[] cells;
    private final Map<String, Integer> ids = new java.util.HashMap<>();

    private Attacker(Publication publication) {
        Map<Dimension, SortedSet<String>> values = new EnumMap<>(Dimension.class);
        List<TableSpec> specs = new ArrayList<>();
        for (PublishedTable table : publication.tables()) {
            specs.add(table.spec());
            for (Dimension dimension : table.spec().dimensions()) {
                values.computeIfAbsent(dimension, d -> new TreeSet<>());
            }
            for (PublishedCell cell : table.cells()) {
                cell.coordinates().forEach((dimension, value) -> values.get(dimension).add(value));
            }
        }
        space = CellSpace.of(specs, values);
        cells = new PublishedCell[space.cellCount()];
        for (int t = 0; t < publication.tables().size(); t++) {
            PublishedTable table = publication.tables().get(t);
            CellSpace.Layout layout = space.layouts().get(t);
            Map<String, PublishedCell> byKey = new java.util.HashMap<>();
            for (PublishedCell cell : table.cells()) {
                byKey.put(key(cell.coordinates(), cell.period()), cell);
            }
            for (CellSpace.Placement placement : layout.placements()) {
                String key = key(placement.coordinates(), placement.period());
                PublishedCell cell = byKey.get(key);
                if (cell == null) {
                    throw new IllegalArgumentException("publication: table " + table.spec().dimensions()
                            + " lacks its cell " + key);
                }
                cells[placement.cell()] = cell;
                ids.put(t + "|" + key, placement.cell());
            }
        }
    }

    static Attacker of(Publication publication) {
        return new Attacker(publication);
    }

    private static String key(Map<Dimension, String> coordinates, String period) {
        Map<Dimension, String> sorted = new EnumMap<>(Dimension.class);
        sorted.putAll(coordinates);
        return sorted + "@" + period;
    }

    DerivableRange range(Map<Dimension, String> coordinates, String periodKey, Measure measure) {
        Integer target = null;
        for (int t = 0; t < space.layouts().size() && target == null; t++) {
            Map<Dimension, String> wanted = new EnumMap<>(Dimension.class);
            List<Dimension> dimensions = space.layouts().get(t).spec().dimensions();
            coordinates.forEach((dimension, value) -> {
                if (value != null) {
                    wanted.put(dimension, value);
                }
            });
            if (dimensions.containsAll(wanted.keySet())) {
                target = ids.get(t + "|" + key(wanted, periodKey));
            }
        }
        if (target == null) {
            throw new IllegalArgumentException("cell: no table of the publication has " + coordinates + " in "
                    + periodKey);
        }
        double half = Rounding.unit(measure) / 2.0;
        double[] known = new double[cells.length];
        boolean[] variable = new boolean[cells.length];
        for (int cell = 0; cell < cells.length; cell++) {
            Long value = cells[cell].published() ? cells[cell].value(measure).orElse(null) : null;
            variable[cell] = value == null;
            known[cell] = value == null ? Double.NaN : value;
        }
        if (!variable[target]) {
            return new DerivableRange(known[target] - half, known[target] + half);
        }
        LinearAudit audit = new LinearAudit(space);
        int[] component = null;
        for (int[] candidate : audit.components(variable)) {
            for (int member : candidate) {
                if (member == target) {
                    component = candidate;
                }
            }
        }
        int[] equations = audit.equationsTouching(component);
        LinearAudit.Bounds bounds = audit.bounds(target, component, equations, new LinearAudit.Knowledge() {
            @Override
            public double known(int cell) {
                return known[cell];
            }

            @Override
            public double slack(int equation) {
                int knownMembers = 0;
                for (int member : space.equations().get(equation)) {
                    if (!variable[member]) {
                        knownMembers++;
                    }
                }
                return knownMembers * half;
            }
        });
        return new DerivableRange(Math.max(0, bounds.lower()), bounds.upper());
    }
}
