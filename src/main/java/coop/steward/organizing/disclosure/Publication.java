package coop.steward.organizing.disclosure;

import java.util.List;

/** Linked tables published together under one suppression pattern, with the method in plain language. */
public record Publication(Rules rules, List<PublishedTable> tables, String method) {

    public Publication {
        tables = List.copyOf(tables);
    }

    /** The published table of this spec's dimensions (in the order given), if it was requested. */
    public java.util.Optional<PublishedTable> table(List<Dimension> dimensions) {
        return tables.stream().filter(table -> table.spec().dimensions().equals(dimensions)).findFirst();
    }
}
