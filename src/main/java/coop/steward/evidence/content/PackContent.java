package coop.steward.evidence.content;

import java.util.List;
import java.util.Objects;

/**
 * Everything an evidence pack shows, in the order it shows it; built by the features that own the records. The
 * headline is what page 1 states for a reader who reads nothing else.
 */
public record PackContent(
        Cover cover,
        List<Figure> headline,
        List<Figure> summary,
        List<Finding> findings,
        WeeklyChart chart,
        List<Table> tables,
        List<Letter> letters,
        Integrity integrity) {

    public PackContent {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(integrity, "integrity");
        headline = List.copyOf(headline);
        summary = List.copyOf(summary);
        findings = List.copyOf(findings);
        tables = List.copyOf(tables);
        letters = List.copyOf(letters);
    }
}
