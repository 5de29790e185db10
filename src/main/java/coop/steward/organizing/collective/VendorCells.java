package coop.steward.organizing.collective;

import coop.steward.common.validation.Language;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.Measure;
import coop.steward.organizing.disclosure.Period;
import coop.steward.organizing.disclosure.Publication;
import coop.steward.organizing.disclosure.PublishedCell;
import coop.steward.organizing.disclosure.PublishedTable;
import coop.steward.organizing.disclosure.PublishedValue;
import coop.steward.organizing.disclosure.Quantiles;
import coop.steward.organizing.disclosure.Suppression;
import coop.steward.record.CanonicalJson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One vendor's cells of an organization's publication, exactly as published: the tables that have a vendor
 * dimension, filtered to the vendor. What a collective pack prints, assesses and attaches; nothing else.
 */
final class VendorCells {

    static final String FORMAT = "steward-collective-cells/1";

    private final Publication publication;
    private final String vendor;
    private final List<PublishedTable> tables;

    VendorCells(Publication publication, String vendor) {
        this.publication = publication;
        this.vendor = vendor;
        List<PublishedTable> own = new ArrayList<>();
        for (PublishedTable table : publication.tables()) {
            if (table.spec().dimensions().contains(Dimension.VENDOR)) {
                own.add(new PublishedTable(table.spec(), table.periods(), table.cells().stream()
                        .filter(cell -> vendor.equals(cell.coordinates().get(Dimension.VENDOR))).toList()));
            }
        }
        this.tables = List.copyOf(own);
    }

    String vendor() {
        return vendor;
    }

    Publication publication() {
        return publication;
    }

    List<PublishedTable> tables() {
        return tables;
    }

    /** Whether the publication has any cell for the vendor at all (published or not). */
    boolean any() {
        return tables.stream().anyMatch(table -> !table.cells().isEmpty());
    }

    Optional<PublishedTable> byVendor() {
        return table(List.of(Dimension.VENDOR));
    }

    Optional<PublishedTable> byJurisdiction() {
        return table(List.of(Dimension.VENDOR, Dimension.JURISDICTION));
    }

    private Optional<PublishedTable> table(List<Dimension> dimensions) {
        return tables.stream().filter(table -> table.spec().dimensions().equals(dimensions)).findFirst();
    }

    /** The vendor's jurisdictions that have a cell, sorted. */
    List<String> jurisdictions() {
        TreeSet<String> found = new TreeSet<>();
        byJurisdiction().ifPresent(table -> table.cells().forEach(cell -> {
            String jurisdiction = cell.coordinates().get(Dimension.JURISDICTION);
            if (jurisdiction != null) {
                found.add(jurisdiction);
            }
        }));
        return List.copyOf(found);
    }

    Optional<PublishedCell> vendorCell(String period) {
        return byVendor().flatMap(table -> table.cell(Map.of(Dimension.VENDOR, vendor), period));
    }

    Optional<PublishedCell> jurisdictionCell(String jurisdiction, String period) {
        return byJurisdiction().flatMap(table -> table.cell(
                Map.of(Dimension.VENDOR, vendor, Dimension.JURISDICTION, jurisdiction), period));
    }

    /** How a finding names the cell it used. */
    static String key(PublishedCell cell) {
        StringBuilder key = new StringBuilder();
        for (Dimension dimension : Dimension.values()) {
            String value = cell.coordinates().get(dimension);
            if (value != null) {
                key.append(dimension.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append('=')
                        .append(value).append(", ");
            }
        }
        return key.append(cell.period()).toString();
    }

    /** A published cell as the aggregate rules read it: the suppressed figures left out, their reasons in words. */
    static CellFigures figures(PublishedCell cell, Period period, int k, Language language) {
        CollectiveWords words = new CollectiveWords(language);
        Map<String, Long> values = new HashMap<>();
        Map<String, String> suppressed = new HashMap<>();
        if (cell.published()) {
            cell.values().forEach((measure, value) -> {
                if (value.value() != null) {
                    values.put(measure.name(), value.value());
                } else {
                    suppressed.put(measure.name(), why(value.suppression(), k, words));
                }
            });
        }
        Quantiles pay = cell.published() ? cell.effectiveHourlyPay() : null;
        return new CellFigures(key(cell), cell.coordinates().get(Dimension.JURISDICTION), period.first(), period.last(),
                cell.published() ? null : why(cell.suppression(), k, words), cell.published() ? cell.workers() : null,
                values, suppressed, pay == null ? null : pay.median(), pay == null ? null : pay.p10());
    }

    static String why(Suppression suppression, int k, CollectiveWords words) {
        return words.format("suppression." + (suppression == null ? "UNKNOWN" : suppression.name()), k);
    }

    /** The vendor's cells as canonical JSON (keys sorted, no whitespace): the pack's attachment. */
    byte[] json(String organizationId) {
        StringBuilder tablesJson = new StringBuilder("[");
        for (PublishedTable table : tables) {
            if (tablesJson.length() > 1) {
                tablesJson.append(',');
            }
            StringBuilder cells = new StringBuilder("[");
            for (PublishedCell cell : table.cells()) {
                if (cells.length() > 1) {
                    cells.append(',');
                }
                cells.append(cellJson(cell));
            }
            cells.append(']');
            StringBuilder dimensions = new StringBuilder("[");
            table.spec().dimensions().forEach(dimension -> dimensions.append(dimensions.length() > 1 ? "," : "")
                    .append('"').append(dimension.name()).append('"'));
            dimensions.append(']');
            StringBuilder periods = new StringBuilder("[");
            table.periods().forEach(period -> periods.append(periods.length() > 1 ? "," : "").append(CanonicalJson.object()
                    .put("key", period.key()).put("kind", period.kind())
                    .put("first", period.first().toString()).put("last", period.last().toString())));
            periods.append(']');
            tablesJson.append(CanonicalJson.object().putRaw("dimensions", dimensions.toString())
                    .putRaw("periods", periods.toString()).putRaw("cells", cells.toString()));
        }
        tablesJson.append(']');
        return CanonicalJson.object()
                .put("format", FORMAT)
                .put("organization", organizationId)
                .put("vendor", vendor)
                .put("k", publication.rules().k())
                .put("reportingCurrency", AggregateRules.REPORTING_CURRENCY)
                .putRaw("tables", tablesJson.toString())
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cellJson(PublishedCell cell) {
        CanonicalJson coordinates = CanonicalJson.object();
        cell.coordinates().forEach((dimension, value) -> coordinates.put(dimension.name(), value));
        CanonicalJson values = CanonicalJson.object();
        for (Map.Entry<Measure, PublishedValue> entry : cell.values().entrySet()) {
            values.putRaw(entry.getKey().name(), CanonicalJson.object().put("value", entry.getValue().value())
                    .put("suppression", entry.getValue().suppression()).toString());
        }
        Quantiles pay = cell.effectiveHourlyPay();
        CanonicalJson json = CanonicalJson.object()
                .putRaw("coordinates", coordinates.toString())
                .put("period", cell.period())
                .put("published", cell.published())
                .put("suppression", cell.suppression())
                .put("workers", cell.workers())
                .putRaw("values", values.toString());
        if (pay != null) {
            json.putRaw("effectiveHourlyPay", CanonicalJson.object().put("p10", pay.p10()).put("median", pay.median())
                    .put("p90", pay.p90()).toString());
        }
        return json.toString();
    }
}
