package coop.steward.guideline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wage tables by jurisdiction. A subdivision ({@code US-MO}) falls back to its country ({@code US}) only where it
 * has no entry of the kind asked for at all: a gap in a state's own dates is a gap, never the federal figure.
 */
public record Wages(Map<String, List<WageEntry>> byJurisdiction) {

    public Wages {
        byJurisdiction = Map.copyOf(byJurisdiction);
    }

    public Optional<WageEntry> inForce(String jurisdiction, WageKind kind, LocalDate day) {
        List<WageEntry> own = entries(jurisdiction, kind);
        if (own.isEmpty()) {
            int dash = jurisdiction.indexOf('-');
            return dash < 0 ? Optional.empty() : inForce(jurisdiction.substring(0, dash), kind, day);
        }
        return own.stream().filter(entry -> entry.inForceOn(day)).findFirst();
    }

    private List<WageEntry> entries(String jurisdiction, WageKind kind) {
        return byJurisdiction.getOrDefault(jurisdiction, List.of()).stream()
                .filter(entry -> entry.kind() == kind)
                .toList();
    }
}
