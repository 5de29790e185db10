package coop.steward.evidence.content;

import java.util.List;
import java.util.Objects;

/** A table of records (engagements, sessions, payments, grievances, attachment digests) as the pack prints it. */
public record Table(String title, List<String> headers, List<TableRow> rows) {

    public Table {
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("table " + title + " has no columns");
        }
        for (TableRow row : rows) {
            if (row.cells().size() != headers.size()) {
                throw new IllegalArgumentException("table " + title + " has " + headers.size()
                        + " columns but a row has " + row.cells().size());
            }
        }
    }
}
