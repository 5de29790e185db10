package coop.steward.evidence.content;

import java.util.Objects;

/** One line of the summary, already formatted by whoever computed it, e.g. "Unpaid time" / "31 h 40 min (27 %)". */
public record Figure(String label, String value) {

    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
