package coop.steward.vendor.publicregistry;

import coop.steward.common.money.Money;
import coop.steward.common.validation.Language;
import coop.steward.organizing.collective.AggregateFinding;
import coop.steward.organizing.collective.AggregateFindings;
import coop.steward.organizing.dashboard.Dashboards;
import coop.steward.organizing.dashboard.VendorFigures;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.Measure;
import coop.steward.organizing.disclosure.Period;
import coop.steward.organizing.disclosure.PeriodKind;
import coop.steward.organizing.disclosure.Publication;
import coop.steward.organizing.disclosure.PublishedCell;
import coop.steward.organizing.disclosure.PublishedTable;
import coop.steward.organizing.disclosure.Quantiles;
import coop.steward.organizing.disclosure.Share;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A vendor's figures as the registry publishes them: {@code Dashboards.vendorFigures} (every aggregate-consenting
 * worker, under the dashboards' disclosure control) over the whole window, for all jurisdictions and each one, and
 * each guideline's criteria assessed by {@code AggregateFindings} on each cell. A cell that is not published shows
 * no number and no finding: only that there are not enough workers. Never audited here: the public reads it
 * anonymously; the vendor's own view audits its read.
 */
@Singleton
class RegistryFigures {

    private final Dashboards dashboards;
    private final AggregateFindings findings;

    RegistryFigures(Dashboards dashboards, AggregateFindings findings) {
        this.dashboards = dashboards;
        this.findings = findings;
    }

    VendorRecords read(UUID vendorId, Set<String> guidelineIds, Language language) {
        VendorFigures figures = dashboards.vendorFigures(vendorId);
        Publication publication = figures.publication();
        String vendor = vendorId.toString();
        List<Cell> cells = new ArrayList<>();
        publication.table(List.of(Dimension.VENDOR)).ifPresent(table -> windowCells(table).stream()
                .filter(cell -> vendor.equals(cell.coordinates().get(Dimension.VENDOR)))
                .forEach(cell -> cells.add(new Cell(null, cell))));
        publication.table(List.of(Dimension.VENDOR, Dimension.JURISDICTION)).ifPresent(table -> windowCells(table)
                .stream().filter(cell -> vendor.equals(cell.coordinates().get(Dimension.VENDOR))
                        && cell.coordinates().containsKey(Dimension.JURISDICTION))
                .sorted(Comparator.comparing(cell -> cell.coordinates().get(Dimension.JURISDICTION)))
                .forEach(cell -> cells.add(new Cell(cell.coordinates().get(Dimension.JURISDICTION), cell))));
        RegistryWords words = new RegistryWords(language);
        List<RegistryVendor.Column> columns = cells.stream().map(cell -> column(cell, words)).toList();
        Map<String, Map<String, List<RegistryVendor.Finding>>> byGuideline = new LinkedHashMap<>();
        for (String guidelineId : guidelineIds) {
            Map<String, List<RegistryVendor.Finding>> byCriterion = new LinkedHashMap<>();
            for (Cell cell : cells) {
                for (AggregateFinding finding : findings.assess(publication, cell.cell().coordinates(), guidelineId,
                        language)) {
                    byCriterion.computeIfAbsent(finding.criterionId(), id -> new ArrayList<>())
                            .add(finding(cell, finding));
                }
            }
            byGuideline.put(guidelineId, byCriterion);
        }
        return new VendorRecords(new RegistryVendor.Records(figures.window().stream().map(String::valueOf).toList(), "USD", publication.rules().k(),
                publication.method(), columns), byGuideline);
    }

    /** What the registry shows of one finding: for an unpublished cell nothing but that it is unpublished. */
    private static RegistryVendor.Finding finding(Cell cell, AggregateFinding finding) {
        if (!cell.cell().published()) {
            return new RegistryVendor.Finding(cell.jurisdiction(), false, null, null, null, null, null);
        }
        return new RegistryVendor.Finding(cell.jurisdiction(), true, finding.status().name(), finding.metric(),
                finding.figure(), finding.threshold(), finding.formula());
    }

    private static List<PublishedCell> windowCells(PublishedTable table) {
        Optional<String> window = table.periods().stream().filter(period -> period.kind() == PeriodKind.WINDOW)
                .map(Period::key).findFirst();
        String key = window.orElse(Period.WINDOW);
        return table.cells().stream().filter(cell -> key.equals(cell.period())).toList();
    }

    private static RegistryVendor.Column column(Cell cell, RegistryWords words) {
        PublishedCell published = cell.cell();
        if (!published.published()) {
            return new RegistryVendor.Column(cell.jurisdiction(), false, null, List.of());
        }
        Language language = words.language();
        List<RegistryVendor.Figure> figures = new ArrayList<>();
        Optional<Long> all = sum(published, Measure.minutes());
        Optional<Long> unpaid = sum(published, Measure.minutes().stream().filter(m -> m != Measure.PAID_MINUTES).toList());
        figures.add(figure(words, "hours", all.map(minutes -> number(language, BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_EVEN)) + " h").orElse(null),
                all.map(minutes -> minutes / 60).orElse(null)));
        Quantiles pay = published.effectiveHourlyPay();
        figures.add(perHour(words, "medianHourlyPay", pay == null ? null : pay.median()));
        figures.add(perHour(words, "p10HourlyPay", pay == null ? null : pay.p10()));
        figures.add(perHour(words, "p90HourlyPay", pay == null ? null : pay.p90()));
        figures.add(share(words, "unpaidShare", unpaid, all));
        figures.add(ofAssessed(words, "weeksBelowMinimum", published.value(Measure.WEEKS_BELOW_MINIMUM),
                published.value(Measure.WEEKS_ASSESSED_MINIMUM)));
        figures.add(ofAssessed(words, "weeksBelowLiving", published.value(Measure.WEEKS_BELOW_LIVING),
                published.value(Measure.WEEKS_ASSESSED_LIVING)));
        figures.add(ofAssessed(words, "latePayments", published.value(Measure.LATE_PAYMENTS),
                published.value(Measure.PAYMENTS)));
        figures.add(count(words, "removals", published.value(Measure.GRIEVANCES_DEACTIVATION_WITHOUT_REASON)));
        figures.add(count(words, "exposure", published.value(Measure.GRIEVANCES_UNSAFE_CONTENT_WITHOUT_SUPPORT)));
        return new RegistryVendor.Column(cell.jurisdiction(), true, published.workers(), figures);
    }

    private static Optional<Long> sum(PublishedCell cell, List<Measure> measures) {
        long total = 0;
        for (Measure measure : measures) {
            Optional<Long> value = cell.value(measure);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            total += value.get();
        }
        return Optional.of(total);
    }

    private static RegistryVendor.Figure perHour(RegistryWords words, String metric, @Nullable Long minorPerHour) {
        return figure(words, metric, minorPerHour == null ? null
                : new Money(minorPerHour, "USD").format(words.language()) + " / h", minorPerHour);
    }

    private static RegistryVendor.Figure share(RegistryWords words, String metric, Optional<Long> part,
                                               Optional<Long> whole) {
        Optional<BigDecimal> percent = Share.of(part, whole).map(share -> share.percent(1));
        return percent.isEmpty() ? figure(words, metric, null, null)
                : figure(words, metric, number(words.language(), percent.get()) + " %", percent.get());
    }

    private static RegistryVendor.Figure ofAssessed(RegistryWords words, String metric, Optional<Long> part,
                                                    Optional<Long> whole) {
        if (part.isEmpty() || whole.isEmpty()) {
            return figure(words, metric, null, null);
        }
        return figure(words, metric, words.get("records.ofTotal", "part", part.get(), "whole", whole.get()),
                part.get());
    }

    private static RegistryVendor.Figure count(RegistryWords words, String metric, Optional<Long> value) {
        return figure(words, metric, value.map(String::valueOf).orElse(null), value.orElse(null));
    }

    private static RegistryVendor.Figure figure(RegistryWords words, String metric, @Nullable String value,
                                                @Nullable Number amount) {
        return new RegistryVendor.Figure(metric, words.get("metric." + metric), value, amount);
    }

    private static String number(Language language, BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(language.code()));
        format.setMaximumFractionDigits(value.scale());
        format.setMinimumFractionDigits(value.scale());
        return format.format(value);
    }

    private record Cell(@Nullable String jurisdiction, PublishedCell cell) {
    }
}
