package coop.steward.organizing.collective;

import coop.steward.common.digest.Sha256;
import coop.steward.common.money.Money;
import coop.steward.common.validation.Language;
import coop.steward.evidence.DocumentStamp;
import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import coop.steward.evidence.pdf.DocumentBuilder;
import coop.steward.evidence.pdf.Labels;
import coop.steward.evidence.pdf.RenderedPdf;
import coop.steward.organizing.disclosure.DisclosureControl;
import coop.steward.guideline.model.Guideline;
import coop.steward.organizing.disclosure.Measure;
import coop.steward.organizing.disclosure.Period;
import coop.steward.organizing.disclosure.PeriodKind;
import coop.steward.organizing.disclosure.PublishedCell;
import coop.steward.organizing.disclosure.PublishedTable;
import coop.steward.organizing.disclosure.Quantiles;
import coop.steward.organizing.disclosure.Share;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Lays a collective pack out with the shared document builder: cover, the published figures by jurisdiction and
 * month (a suppressed cell shown as such, with why, and none of its figures), grievances by category, the findings
 * per criterion with their formulas, the suppression method, and how to verify. Only published values are printed.
 */
final class CollectivePackDocument {

    static final String CELLS_FILE = "published-cells.json";
    private static final String DASH = "—";

    private final CollectiveWords words;
    private final Labels labels;
    private final Language language;
    private final int k;

    CollectivePackDocument(Language language, int k) {
        this.language = language;
        this.words = new CollectiveWords(language);
        this.labels = new Labels(language);
        this.k = k;
    }

    /** The content of one pack, everything it prints already decided. */
    record Content(UUID organizationId, String organizationName, String vendorName, VendorCells cells,
                   Period window, List<GuidelineFindings> findings, byte[] cellsJson, String verifyAddress) {
    }

    /** One guideline's findings on each cell assessed, the vendor's total first. */
    record GuidelineFindings(Guideline guideline, List<CellAssessment> cells) {
    }

    record CellAssessment(String label, List<AggregateFinding> findings) {
    }

    RenderedPdf render(DocumentStamp stamp, Content content) {
        String title = words.format("pack.title");
        try (DocumentBuilder doc = new DocumentBuilder(language, title + " " + stamp.id(), stamp.id(), stamp.createdAt())) {
            cover(doc, stamp, content);
            figures(doc, content);
            grievances(doc, content);
            findings(doc, content);
            method(doc, content);
            integrity(doc, stamp, content);
            doc.attachJson(CELLS_FILE, words.format("integrity.attachmentDescription"), content.cellsJson());
            return doc.build(words.format("pack.header", stamp.id()));
        }
    }

    private void cover(DocumentBuilder doc, DocumentStamp stamp, Content content) {
        doc.title(words.format("pack.title"))
                .field(words.format("cover.organization"), content.organizationName())
                .field(words.format("cover.vendor"), content.vendorName())
                .field(words.format("cover.window"), words.format("cover.windowRange",
                        content.window().first(), content.window().last()))
                .field(words.format("cover.k"), Integer.toString(k));
        Optional<PublishedCell> total = content.cells().vendorCell(Period.WINDOW);
        // The population is a figure like any other: printed only from a published cell, which has at least k workers.
        String population = total.filter(PublishedCell::published).map(PublishedCell::workers)
                .filter(workers -> workers != null && workers >= k)
                .map(String::valueOf).orElse(words.format("cover.populationHidden", k));
        doc.field(words.format("cover.population"), population)
                .field(words.format("cover.generated"), labels.dateTime(stamp.createdAt(), ZoneOffset.UTC))
                .codeField(words.format("cover.packId"), stamp.id().toString())
                .field(words.format("cover.language"), language.code())
                .space(12f)
                .note(words.format("cover.note", k));
    }

    private void figures(DocumentBuilder doc, Content content) {
        doc.landscapePage().heading(words.format("figures.title"));
        doc.note(words.format("figures.note", k));
        List<String> headers = List.of(words.format("column.jurisdiction"), words.format("column.period"),
                words.format("column.workers"), words.format("column.hours"), words.format("column.unpaidShare"),
                words.format("column.medianPay"), words.format("column.weeksBelowMinimum"),
                words.format("column.weeksBelowLiving"), words.format("column.latePayments"));
        List<TableRow> rows = new ArrayList<>();
        content.cells().byVendor().ifPresent(table -> rows.addAll(rows(table, words.format("figures.allJurisdictions"),
                period -> content.cells().vendorCell(period))));
        for (String jurisdiction : content.cells().jurisdictions()) {
            content.cells().byJurisdiction().ifPresent(table -> rows.addAll(rows(table, jurisdiction,
                    period -> content.cells().jurisdictionCell(jurisdiction, period))));
        }
        doc.table(new Table(words.format("figures.tableTitle", content.vendorName()), headers, rows));
    }

    private List<TableRow> rows(PublishedTable table, String place, java.util.function.Function<String, Optional<PublishedCell>> cellOf) {
        List<TableRow> rows = new ArrayList<>();
        for (Period period : table.periods()) {
            if (period.kind() == PeriodKind.QUARTER) {
                continue;
            }
            String periodText = period.kind() == PeriodKind.WINDOW
                    ? words.format("figures.window", period.first(), period.last()) : period.key();
            Optional<PublishedCell> found = cellOf.apply(period.key());
            if (found.isEmpty()) {
                continue;
            }
            PublishedCell cell = found.get();
            if (!cell.published()) {
                String why = words.format("figures.suppressedCell", VendorCells.why(cell.suppression(), k, words));
                rows.add(TableRow.of(place, periodText, why, DASH, DASH, DASH, DASH, DASH, DASH));
                continue;
            }
            rows.add(TableRow.of(place, periodText, String.valueOf(cell.workers()), hours(cell), unpaidShare(cell),
                    pay(cell.effectiveHourlyPay()), weeks(cell, Measure.WEEKS_BELOW_MINIMUM, Measure.WEEKS_ASSESSED_MINIMUM),
                    weeks(cell, Measure.WEEKS_BELOW_LIVING, Measure.WEEKS_ASSESSED_LIVING),
                    ofTotal(cell, Measure.LATE_PAYMENTS, Measure.PAYMENTS)));
        }
        return rows;
    }

    private void grievances(DocumentBuilder doc, Content content) {
        List<String> places = new ArrayList<>();
        List<Optional<PublishedCell>> cells = new ArrayList<>();
        places.add(words.format("figures.allJurisdictions"));
        cells.add(content.cells().vendorCell(Period.WINDOW));
        for (String jurisdiction : content.cells().jurisdictions()) {
            places.add(jurisdiction);
            cells.add(content.cells().jurisdictionCell(jurisdiction, Period.WINDOW));
        }
        List<String> headers = new ArrayList<>();
        headers.add(words.format("column.grievanceCategory"));
        headers.addAll(places);
        List<TableRow> rows = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            if (!measure.name().startsWith("GRIEVANCES_")) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(words.format("grievance." + measure.name()));
            for (Optional<PublishedCell> cell : cells) {
                row.add(cell.map(found -> found.published() ? value(found, measure)
                        : words.format("figures.suppressedShort")).orElse(DASH));
            }
            rows.add(new TableRow(row, false));
        }
        doc.table(new Table(words.format("grievances.title", content.window().first(), content.window().last()),
                headers, rows));
    }

    private void findings(DocumentBuilder doc, Content content) {
        doc.newPage().heading(words.format("findings.title"));
        doc.note(words.format("findings.note"));
        for (GuidelineFindings guideline : content.findings()) {
            for (CellAssessment cell : guideline.cells()) {
                doc.subheading(guideline.guideline().title() + " — " + cell.label());
                for (AggregateFinding finding : cell.findings()) {
                    String citation = guideline.guideline().criterion(finding.criterionId())
                            .map(criterion -> criterion.citation()).orElse("");
                    doc.field(words.format("finding.criterion"), finding.principle() + ": " + finding.text())
                            .strongField(words.format("finding.status"), words.format("status." + finding.status().name()))
                            .field(words.format("finding.metric"), finding.metric());
                    if (finding.figure() != null) {
                        doc.field(words.format("finding.figure"), finding.figure());
                    }
                    if (finding.threshold() != null) {
                        doc.field(words.format("finding.threshold"), finding.threshold());
                    }
                    doc.codeField(words.format("finding.formula"), finding.formula())
                            .field(words.format("finding.cells"), String.join("; ", finding.cellsUsed()))
                            .field(words.format("finding.citation"), citation)
                            .space(6f);
                }
            }
        }
    }

    private void method(DocumentBuilder doc, Content content) {
        doc.newPage().heading(words.format("method.title"));
        String method = DisclosureControl.method(content.cells().publication().rules(), labels.locale());
        for (String paragraph : method.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                doc.paragraph(paragraph.strip().replaceAll("\\s*\\n\\s*", " "));
            }
        }
    }

    private void integrity(DocumentBuilder doc, DocumentStamp stamp, Content content) {
        doc.heading(words.format("integrity.title"))
                .codeField(words.format("cover.packId"), stamp.id().toString())
                .codeField(words.format("integrity.attachment", CELLS_FILE), Sha256.hex(content.cellsJson()))
                .codeField(words.format("integrity.signer"), stamp.signerCertificateSha256())
                .paragraph(words.format("integrity.verify", content.verifyAddress()))
                .paragraph(words.format("integrity.attachmentHowTo", CELLS_FILE));
    }

    private String hours(PublishedCell cell) {
        Optional<Long> minutes = sum(cell, Measure.minutes());
        return minutes.map(total -> BigDecimal.valueOf(total).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_EVEN)
                .toPlainString()).orElse(words.format("figures.suppressedShort"));
    }

    private String unpaidShare(PublishedCell cell) {
        Optional<Long> all = sum(cell, Measure.minutes());
        Optional<Long> unpaid = sum(cell, Measure.minutes().stream().filter(m -> m != Measure.PAID_MINUTES).toList());
        if (all.isEmpty() || unpaid.isEmpty()) {
            return words.format("figures.suppressedShort");
        }
        return all.get() == 0 ? DASH : percent(unpaid.get(), all.get());
    }

    private String pay(Quantiles quantiles) {
        if (quantiles == null || quantiles.median() == null) {
            return words.format("figures.suppressedShort");
        }
        String median = money(quantiles.median());
        if (quantiles.p10() == null || quantiles.p90() == null) {
            return median;
        }
        return median + " (" + money(quantiles.p10()) + " – " + money(quantiles.p90()) + ")";
    }

    private String weeks(PublishedCell cell, Measure below, Measure assessed) {
        Optional<Long> under = cell.value(below);
        Optional<Long> of = cell.value(assessed);
        if (under.isEmpty() || of.isEmpty()) {
            return words.format("figures.suppressedShort");
        }
        return of.get() == 0 ? DASH : words.format("figures.ofTotal", under.get(), of.get(), percent(under.get(), of.get()));
    }

    private String ofTotal(PublishedCell cell, Measure part, Measure whole) {
        Optional<Long> some = cell.value(part);
        Optional<Long> all = cell.value(whole);
        if (some.isEmpty() || all.isEmpty()) {
            return words.format("figures.suppressedShort");
        }
        return all.get() == 0 ? DASH : words.format("figures.ofTotal", some.get(), all.get(), percent(some.get(), all.get()));
    }

    private String value(PublishedCell cell, Measure measure) {
        return cell.value(measure).map(String::valueOf).orElse(words.format("figures.suppressedShort"));
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

    private String money(long minor) {
        return Money.format(BigDecimal.valueOf(minor, Money.fractionDigits(AggregateRules.REPORTING_CURRENCY)),
                AggregateRules.REPORTING_CURRENCY, language);
    }

    private static String percent(long part, long whole) {
        return new Share(part, whole).percent(1).toPlainString() + "%";
    }
}
