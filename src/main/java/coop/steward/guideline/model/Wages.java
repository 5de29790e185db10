package coop.steward.guideline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wage tables by jurisdiction, each with the entries of its finer areas. The finest place with a figure of the
 * kind asked for wins: the gig's area, else its jurisdiction, else (for a subdivision such as {@code US-MO}) its
 * country. A place falls back only where it has no entry of that kind at all: a gap in its own dates is a gap,
 * never the coarser figure.
 */
public record Wages(Map<String, List<WageEntry>> byJurisdiction) {

    public Wages {
        byJurisdiction = Map.copyOf(byJurisdiction);
    }

    /** {@code area} is the id of a finer area within the jurisdiction, or null. */
    public Optional<WageEntry> inForce(String jurisdiction, String area, WageKind kind, LocalDate day) {
        if (area != null) {
            List<WageEntry> finer = byJurisdiction.getOrDefault(jurisdiction, List.of()).stream()
                    .filter(entry -> entry.kind() == kind && entry.area() != null && entry.area().id().equals(area))
                    .toList();
            if (!finer.isEmpty()) {
                return finer.stream().filter(entry -> entry.inForceOn(day)).findFirst();
            }
        }
        return inForce(jurisdiction, kind, day);
    }

    public Optional<WageEntry> inForce(String jurisdiction, WageKind kind, LocalDate day) {
        List<WageEntry> own = entries(jurisdiction, kind);
        if (own.isEmpty()) {
            int dash = jurisdiction.indexOf('-');
            return dash < 0 ? Optional.empty() : inForce(jurisdiction.substring(0, dash), kind, day);
        }
        return own.stream().filter(entry -> entry.inForceOn(day)).findFirst();
    }

    /** The finer areas a jurisdiction's table lists, in the order it lists them. */
    public List<WageArea> areas(String jurisdiction) {
        return byJurisdiction.getOrDefault(jurisdiction, List.of()).stream()
                .map(WageEntry::area)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    private List<WageEntry> entries(String jurisdiction, WageKind kind) {
        return byJurisdiction.getOrDefault(jurisdiction, List.of()).stream()
                .filter(entry -> entry.kind() == kind && entry.area() == null)
                .toList();
    }
}
