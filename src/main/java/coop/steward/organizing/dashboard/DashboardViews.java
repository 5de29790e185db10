package coop.steward.organizing.dashboard;

import coop.steward.common.problem.ProblemException;
import coop.steward.grievance.GrievanceCategory;
import coop.steward.guideline.PolicyTemplates;
import coop.steward.guideline.model.ReferenceTables;
import coop.steward.guideline.model.WageKind;
import coop.steward.ledger.UnpaidCategory;
import coop.steward.organizing.dashboard.DashboardView.CellView;
import coop.steward.organizing.dashboard.DashboardView.MinimumWageView;
import coop.steward.organizing.dashboard.DashboardView.PayView;
import coop.steward.organizing.dashboard.DashboardView.PeriodView;
import coop.steward.organizing.dashboard.DashboardView.RowView;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.Measure;
import coop.steward.organizing.disclosure.Period;
import coop.steward.organizing.disclosure.PeriodKind;
import coop.steward.organizing.disclosure.PublishedCell;
import coop.steward.organizing.disclosure.PublishedTable;
import coop.steward.organizing.disclosure.PublishedValue;
import coop.steward.organizing.disclosure.Quantiles;
import coop.steward.organizing.disclosure.Suppression;
import coop.steward.organizing.rollup.Rollups;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Shapes one dimension of a publication for the page and the CSV: figures people read, nothing the publication withheld. */
@Singleton
class DashboardViews {

    static final String TOTAL_LABEL = "all";
    static final String NO_FX_NOTE = "Pay is in USD at each month's exchange rate. A month of a gig whose currency has "
            + "no rate for it counts in workers and hours but not in pay or effective pay.";
    static final String WINDOW_NOTE = "The window is fixed: the last four calendar quarters, the current one included. "
            + "Only members who currently allow aggregate figures are counted; a withdrawal counts from the next read.";
    private static final int SHARE_SCALE = 3;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final PolicyTemplates templates;

    DashboardViews(PolicyTemplates templates) {
        this.templates = templates;
    }

    DashboardView view(OrganizationFigures figures, DashboardDimension dimension, @Nullable String period,
                       @Nullable String vendor) {
        if (vendor != null && dimension != DashboardDimension.JURISDICTION) {
            throw ProblemException.invalid("vendor", "is only read with dimension=jurisdiction");
        }
        PublishedTable table = table(figures, vendor == null ? List.of(dimension.dimension)
                : List.of(Dimension.VENDOR, Dimension.JURISDICTION));
        List<Period> periods = table.periods().stream()
                .filter(p -> period == null || p.key().equals(period)).toList();
        if (periods.isEmpty()) {
            throw ProblemException.invalid("period", "is not a period of this dashboard's window");
        }
        Map<Dimension, String> fixed = new EnumMap<>(Dimension.class);
        if (vendor != null) {
            fixed.put(Dimension.VENDOR, vendor);
            boolean known = table.cells().stream().anyMatch(cell -> vendor.equals(cell.coordinates().get(Dimension.VENDOR)));
            if (!known) {
                throw ProblemException.invalid("vendor", "is not a vendor of this dashboard");
            }
        }
        int k = figures.publication().rules().k();
        TreeSet<String> coordinates = new TreeSet<>();
        for (PublishedCell cell : table.cells()) {
            String value = cell.coordinates().get(dimension.dimension);
            if (value != null && fixed.entrySet().stream().allMatch(e -> e.getValue().equals(cell.coordinates().get(e.getKey())))) {
                coordinates.add(value);
            }
        }
        List<RowView> rows = new ArrayList<>();
        for (String coordinate : coordinates) {
            Map<Dimension, String> at = new EnumMap<>(fixed);
            at.put(dimension.dimension, coordinate);
            rows.add(new RowView(coordinate, figures.publication().otherLabel(dimension.dimension, coordinate)
                    .orElseGet(() -> figures.labels().getOrDefault(coordinate, coordinate)),
                    cells(table, at, periods, k)));
        }
        rows.sort(Comparator.comparing(RowView::label));
        RowView total = new RowView(null, vendor == null ? TOTAL_LABEL : figures.labels().getOrDefault(vendor, vendor),
                cells(table, fixed, periods, k));
        List<YearMonth> window = figures.window();
        List<MinimumWageView> wages = minimumWages(figures);
        return new DashboardView(figures.organizationId(), figures.publishedAt(), figures.newerComing(),
                window.get(0).toString(), window.get(window.size() - 1).toString(), k, dimension.query, vendor, Rollups.REPORTING_CURRENCY,
                figures.publication().method(), List.of(WINDOW_NOTE, NO_FX_NOTE),
                periods.stream().map(p -> new PeriodView(p.key(), p.kind().name(), p.first().toString(),
                        p.last().toString())).toList(),
                List.copyOf(rows), total, wages, reference(figures, wages));
    }

    @Nullable
    private static MinimumWageView reference(OrganizationFigures figures, List<MinimumWageView> wages) {
        PublishedTable jurisdictions = table(figures, List.of(Dimension.JURISDICTION));
        return wages.stream()
                .filter(wage -> workers(jurisdictions, wage.jurisdiction()) > 0)
                .max(Comparator.comparingInt((MinimumWageView wage) -> workers(jurisdictions, wage.jurisdiction()))
                        .thenComparing(MinimumWageView::jurisdiction, Comparator.reverseOrder()))
                .orElse(null);
    }

    private static int workers(PublishedTable table, String jurisdiction) {
        return table.cells().stream()
                .filter(cell -> cell.published() && cell.workers() != null
                        && jurisdiction.equals(cell.coordinates().get(Dimension.JURISDICTION))
                        && cell.coordinates().size() == 1 && table.periods().stream()
                        .anyMatch(p -> p.key().equals(cell.period()) && p.kind() == PeriodKind.WINDOW))
                .mapToInt(PublishedCell::workers).max().orElse(0);
    }

    static PublishedTable table(OrganizationFigures figures, List<Dimension> dimensions) {
        return figures.publication().tables().stream().filter(t -> t.spec().dimensions().equals(dimensions))
                .findFirst().orElseThrow(() -> new IllegalStateException("no table " + dimensions));
    }

    private static List<CellView> cells(PublishedTable table, Map<Dimension, String> at, List<Period> periods, int k) {
        List<CellView> cells = new ArrayList<>(periods.size());
        for (Period period : periods) {
            cells.add(table.cell(at, period.key()).map(cell -> cell(cell, k))
                    .orElseGet(() -> suppressed(period.key(), Suppression.TOO_FEW_WORKERS, k)));
        }
        return List.copyOf(cells);
    }

    static CellView cell(PublishedCell cell, int k) {
        if (!cell.published()) {
            return suppressed(cell.period(), cell.suppression() == null ? Suppression.TOO_FEW_WORKERS
                    : cell.suppression(), k);
        }
        List<String> withheld = new ArrayList<>();
        cell.values().forEach((measure, value) -> {
            if (value.value() == null) {
                withheld.add(measure.name());
            }
        });
        Long paid = value(cell, Measure.PAID_MINUTES);
        Long unpaid = 0L;
        Map<String, Long> unpaidByCategory = new LinkedHashMap<>();
        for (UnpaidCategory category : UnpaidCategory.values()) {
            Long minutes = value(cell, FigureInputs.unpaid(category));
            unpaidByCategory.put(category.name(), minutes);
            unpaid = unpaid == null || minutes == null ? null : unpaid + minutes;
        }
        Long all = paid == null || unpaid == null ? null : paid + unpaid;
        Map<String, BigDecimal> unpaidShare = new LinkedHashMap<>();
        unpaidByCategory.forEach((category, minutes) -> {
            BigDecimal share = share(minutes, all);
            if (share != null) {
                unpaidShare.put(category, share);
            }
        });
        Map<String, Long> grievances = new LinkedHashMap<>();
        for (GrievanceCategory category : GrievanceCategory.values()) {
            Long count = value(cell, FigureInputs.grievances(category));
            if (count != null) {
                grievances.put(category.name(), count);
            }
        }
        Quantiles pay = cell.effectiveHourlyPay();
        return new CellView(cell.period(), CellView.PUBLISHED, null, null, cell.workers(), hours(all), hours(paid),
                hours(unpaid),
                pay == null ? null : new PayView(Rollups.REPORTING_CURRENCY, pay.p10(), pay.median(), pay.p90()),
                share(value(cell, Measure.WEEKS_BELOW_MINIMUM), value(cell, Measure.WEEKS_ASSESSED_MINIMUM)),
                share(value(cell, Measure.WEEKS_BELOW_LIVING), value(cell, Measure.WEEKS_ASSESSED_LIVING)),
                unpaidShare.isEmpty() ? null : unpaidShare, value(cell, Measure.PAYMENTS),
                value(cell, Measure.LATE_PAYMENTS), grievances.isEmpty() ? null : grievances,
                withheld.isEmpty() ? null : List.copyOf(withheld));
    }

    static CellView suppressed(String period, Suppression why, int k) {
        return new CellView(period, CellView.SUPPRESSED, why.name(), why(why, k), null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    static String why(Suppression suppression, int k) {
        return switch (suppression) {
            case TOO_FEW_WORKERS -> "fewer than " + k + " workers";
            case DOMINATED -> "dominated by one or two workers";
            case PROTECTS_ANOTHER_CELL -> "protects another cell";
            case TOO_FEW_FOR_MEASURE -> "too few workers for this figure";
        };
    }

    private List<MinimumWageView> minimumWages(OrganizationFigures figures) {
        PublishedTable jurisdictions = table(figures, List.of(Dimension.JURISDICTION));
        ReferenceTables tables = templates.tables();
        LocalDate day = figures.window().get(figures.window().size() - 1).atEndOfMonth();
        TreeSet<String> seen = new TreeSet<>();
        jurisdictions.cells().forEach(cell -> {
            String jurisdiction = cell.coordinates().get(Dimension.JURISDICTION);
            if (jurisdiction != null) {
                seen.add(jurisdiction);
            }
        });
        List<MinimumWageView> wages = new ArrayList<>();
        for (String jurisdiction : seen) {
            tables.wages().inForce(jurisdiction, WageKind.MINIMUM, day)
                    .flatMap(entry -> tables.fx().convert(entry.hourly(), entry.currency(),
                            Rollups.REPORTING_CURRENCY, day))
                    .map(conversion -> conversion.amount().movePointRight(2).setScale(0, RoundingMode.HALF_EVEN)
                            .longValueExact())
                    .ifPresent(minor -> wages.add(new MinimumWageView(jurisdiction, minor, Rollups.REPORTING_CURRENCY)));
        }
        return List.copyOf(wages);
    }

    @Nullable
    private static Long value(PublishedCell cell, Measure measure) {
        return Optional.ofNullable(cell.values().get(measure)).map(PublishedValue::value).orElse(null);
    }

    @Nullable
    private static BigDecimal share(@Nullable Long part, @Nullable Long whole) {
        if (part == null || whole == null || whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    @Nullable
    private static BigDecimal hours(@Nullable Long minutes) {
        return minutes == null ? null : BigDecimal.valueOf(minutes).divide(SIXTY, 1, RoundingMode.HALF_EVEN);
    }
}
