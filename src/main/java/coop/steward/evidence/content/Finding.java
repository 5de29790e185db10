package coop.steward.evidence.content;

import java.util.Objects;

/** One criterion's result: what it is, the verdict, the formula with the worker's numbers filled in, and its source. */
public record Finding(String title, FindingStatus status, String formula, String citation) {

    public Finding {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(citation, "citation");
    }
}
