package coop.steward.organizing.dashboard;

import coop.steward.grievance.GrievanceCategory;
import coop.steward.ledger.UnpaidCategory;
import coop.steward.organizing.disclosure.Contribution;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.Measure;
import coop.steward.organizing.rollup.RollupRow;
import coop.steward.vendor.ResolvedVendor;
import coop.steward.vendor.VendorRegistry;
import io.micronaut.core.annotation.Nullable;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns rollup rows into what disclosure control publishes: each row's vendor and client resolved through the
 * registry as it stands now, its measures in the reporting currency, one contribution per worker, cell and month.
 * A row without an FX rate contributes its time and counts but no pay, and is kept apart from rows with pay so a
 * worker's effective pay is never taken over hours that have no pay figure.
 */
final class FigureInputs {

    /** The coordinate of a client nobody named ("unknown", "n/a", or nothing). */
    static final String UNNAMED = "unnamed";
    static final String NAME_PREFIX = "name:";
    private static final Set<String> NO_NAME = Set.of("", "unknown", "unnamed", "n a", "na", "none", "not known",
            "not disclosed", "confidential", "nda");

    private final VendorRegistry registry;
    private final Map<List<Object>, Optional<ResolvedVendor>> resolved = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<Key, Map<Measure, Long>> sums = new LinkedHashMap<>();

    FigureInputs(VendorRegistry registry) {
        this.registry = registry;
    }

    /** What was built: the contributions and a human name for each coordinate. */
    record Built(List<Contribution> contributions, Map<String, String> labels) {
    }

    private record Key(UUID workerId, Map<Dimension, String> coordinates, YearMonth month, boolean withPay) {
    }

    static Measure unpaid(UnpaidCategory category) {
        return Measure.valueOf("UNPAID_" + category.name());
    }

    static Measure grievances(GrievanceCategory category) {
        return Measure.valueOf("GRIEVANCES_" + category.name());
    }

    void add(RollupRow row) {
        add(row, null);
    }

    /** Adds the row if its vendor resolves to {@code onlyVendor} (every row when null). */
    void add(RollupRow row, @Nullable String onlyVendor) {
        Optional<ResolvedVendor> vendor = resolve(row.vendorId(), row.vendorName(), row.projectCodeName());
        String vendorCoordinate = vendor.map(v -> v.vendorId().toString())
                .orElseGet(() -> typed(row.vendorName()));
        if (onlyVendor != null && !onlyVendor.equals(vendorCoordinate)) {
            return;
        }
        labels.putIfAbsent(vendorCoordinate, vendor.map(ResolvedVendor::vendorName)
                .orElseGet(() -> label(vendorCoordinate)));
        String clientCoordinate = client(vendor, row.clientName());
        Map<Dimension, String> coordinates = new EnumMap<>(Dimension.class);
        coordinates.put(Dimension.VENDOR, vendorCoordinate);
        coordinates.put(Dimension.CLIENT, clientCoordinate);
        coordinates.put(Dimension.TASK_KIND, row.taskKind());
        coordinates.put(Dimension.JURISDICTION, row.jurisdiction());
        labels.putIfAbsent(row.taskKind(), row.taskKind());
        labels.putIfAbsent(row.jurisdiction(), row.jurisdiction());
        boolean withPay = row.netReportingMinor() != null && row.grossReportingMinor() != null;
        Map<Measure, Long> values = sums.computeIfAbsent(
                new Key(row.workerId(), Collections.unmodifiableMap(coordinates), row.month(), withPay),
                ignored -> new EnumMap<>(Measure.class));
        plus(values, Measure.PAID_MINUTES, row.paidMinutes());
        for (UnpaidCategory category : UnpaidCategory.values()) {
            plus(values, unpaid(category), row.unpaidMinutes().getOrDefault(category.name(), 0));
        }
        if (withPay) {
            plus(values, Measure.NET_PAY, row.netReportingMinor());
            plus(values, Measure.GROSS_PAY, row.grossReportingMinor());
            plus(values, Measure.FEES, row.grossReportingMinor() - row.netReportingMinor());
        }
        plus(values, Measure.SESSIONS, row.sessions());
        plus(values, Measure.PAYMENTS, row.payments());
        plus(values, Measure.LATE_PAYMENTS, row.latePayments());
        plus(values, Measure.WORKER_WEEKS, row.workerWeeks());
        plus(values, Measure.WEEKS_BELOW_MINIMUM, row.weeksBelowMinimum());
        plus(values, Measure.WEEKS_ASSESSED_MINIMUM, row.weeksAssessedMinimum());
        plus(values, Measure.WEEKS_BELOW_LIVING, row.weeksBelowLiving());
        plus(values, Measure.WEEKS_ASSESSED_LIVING, row.weeksAssessedLiving());
        for (GrievanceCategory category : GrievanceCategory.values()) {
            plus(values, grievances(category), row.grievances().getOrDefault(category.name(), 0));
        }
    }

    Built build() {
        List<Contribution> contributions = new ArrayList<>(sums.size());
        sums.forEach((key, values) -> contributions.add(
                new Contribution(key.workerId(), key.coordinates(), key.month(), Map.copyOf(values))));
        return new Built(List.copyOf(contributions), Map.copyOf(labels));
    }

    private String client(Optional<ResolvedVendor> vendor, @Nullable String typedClient) {
        if (vendor.isPresent() && vendor.get().clientId() != null) {
            String coordinate = vendor.get().clientId().toString();
            labels.putIfAbsent(coordinate, vendor.get().clientName());
            return coordinate;
        }
        String normalized = typedClient == null ? "" : VendorRegistry.normalize(typedClient);
        if (NO_NAME.contains(normalized)) {
            labels.putIfAbsent(UNNAMED, UNNAMED);
            return UNNAMED;
        }
        Optional<ResolvedVendor> client = resolve(null, typedClient, null);
        String coordinate = client.map(c -> c.vendorId().toString()).orElseGet(() -> NAME_PREFIX + normalized);
        labels.putIfAbsent(coordinate, client.map(ResolvedVendor::vendorName).orElse(normalized));
        return coordinate;
    }

    private Optional<ResolvedVendor> resolve(@Nullable UUID vendorId, @Nullable String typed, @Nullable String codeName) {
        List<Object> key = new ArrayList<>(3);
        key.add(vendorId);
        key.add(typed == null ? null : VendorRegistry.normalize(typed));
        key.add(codeName == null ? null : VendorRegistry.normalize(codeName));
        return resolved.computeIfAbsent(key, ignored -> registry.resolve(vendorId, typed, codeName));
    }

    private static String typed(@Nullable String name) {
        String normalized = name == null ? "" : VendorRegistry.normalize(name);
        return normalized.isEmpty() ? UNNAMED : NAME_PREFIX + normalized;
    }

    private static String label(String coordinate) {
        return coordinate.startsWith(NAME_PREFIX) ? coordinate.substring(NAME_PREFIX.length()) : coordinate;
    }

    private static void plus(Map<Measure, Long> values, Measure measure, long amount) {
        values.merge(measure, amount, Long::sum);
    }
}
