package coop.steward.evidence.content;

import java.util.List;

/** One row of a table; a row recorded more than 72 hours after the work is marked so. */
public record TableRow(List<String> cells, boolean recordedLate) {

    public TableRow {
        cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
    }

    public static TableRow of(String... cells) {
        return new TableRow(List.of(cells), false);
    }

    public static TableRow late(String... cells) {
        return new TableRow(List.of(cells), true);
    }
}
