package coop.steward.organizing.dashboard;

import coop.steward.organizing.disclosure.Publication;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One vendor's published figures over every worker who lets at least one organization count their records: tables
 * {@code [VENDOR]} and {@code [VENDOR, JURISDICTION]}, holding that vendor's cells only.
 */
public record VendorFigures(UUID vendorId, List<YearMonth> window, Publication publication,
                            Map<String, String> labels) {

    public VendorFigures {
        window = List.copyOf(window);
        labels = Map.copyOf(labels);
    }
}
