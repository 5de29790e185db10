package coop.steward.organizing.disclosure;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static coop.steward.organizing.disclosure.DisclosureFixtures.JANUARY;
import static coop.steward.organizing.disclosure.DisclosureFixtures.control;
import static coop.steward.organizing.disclosure.DisclosureFixtures.month;
import static coop.steward.organizing.disclosure.DisclosureFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

class ComplementarySuppressionTest {

    private static final List<YearMonth> ONE_MONTH = List.of(JANUARY);
    private static final List<YearMonth> FIRST_QUARTER = TableSpec.window(JANUARY, YearMonth.of(2026, 3));

    private static List<Contribution> grid(Map<String, Integer> workersPerCell, List<YearMonth> months) {
        List<Contribution> contributions = new ArrayList<>();
        Random random = new Random(3);
        workersPerCell.forEach((cell, count) -> {
            String[] vendorAndPlace = cell.split("/");
            for (int i = 0; i < count; i++) {
                for (YearMonth month : months) {
                    contributions.add(month(worker(cell + i), vendorAndPlace[0], vendorAndPlace[1], month,
                            30 + random.nextInt(40), 1000 + random.nextInt(800)));
                }
            }
        });
        return contributions;
    }

    private static Map<Dimension, String> at(String vendor, String jurisdiction) {
        Map<Dimension, String> coordinates = new EnumMap<>(Dimension.class);
        if (vendor != null) {
            coordinates.put(Dimension.VENDOR, vendor);
        }
        if (jurisdiction != null) {
            coordinates.put(Dimension.JURISDICTION, jurisdiction);
        }
        return coordinates;
    }

    @Test
    void aSingleSmallCellOfATableWithMarginsGetsAPartnerInItsRowAndItsColumn() {
        Map<String, Integer> cells = new java.util.LinkedHashMap<>();
        for (String vendor : List.of("Invisible", "Appen", "Sama")) {
            for (String place : List.of("KE", "PH", "US-MO")) {
                cells.put(vendor + "/" + place, 7);
            }
        }
        cells.put("Sama/US-MO", 2);
        List<Contribution> contributions = grid(cells, ONE_MONTH);
        TableSpec crossed = TableSpec.of(ONE_MONTH, Dimension.VENDOR, Dimension.JURISDICTION);

        Publication publication = control().publish(List.of(crossed), contributions);
        PublishedTable table = publication.tables().get(0);

        PublishedCell small = table.cell(at("Sama", "US-MO"), "2026-01").orElseThrow();
        assertThat(small.suppression()).isEqualTo(Suppression.TOO_FEW_WORKERS);
        long withheldInRow = List.of("KE", "PH").stream()
                .filter(place -> !table.cell(at("Sama", place), "2026-01").orElseThrow().published()).count()
                + (table.cell(at("Sama", null), "2026-01").orElseThrow().published() ? 0 : 1);
        long withheldInColumn = List.of("Invisible", "Appen").stream()
                .filter(vendor -> !table.cell(at(vendor, "US-MO"), "2026-01").orElseThrow().published()).count()
                + (table.cell(at(null, "US-MO"), "2026-01").orElseThrow().published() ? 0 : 1);
        assertThat(withheldInRow).isPositive();
        assertThat(withheldInColumn).isPositive();
        assertThat(table.cell(at(null, null), "2026-01").orElseThrow().published())
                .as("the grand total is not needed as a partner").isTrue();
        for (Measure measure : List.of(Measure.PAID_MINUTES, Measure.NET_PAY, Measure.GROSS_PAY)) {
            long truth = Truth.sum(contributions, table, small, measure);
            assertThat(DisclosureControl.derivableRange(publication, small, measure).covers(truth, 0.5)).isTrue();
        }
    }

    @Test
    void aSmallMonthCannotBeWorkedOutFromItsQuarterAndTheOtherMonths() {
        List<Contribution> contributions = new ArrayList<>(grid(Map.of("Appen/KE", 8), FIRST_QUARTER));
        for (int i = 0; i < 6; i++) {
            for (YearMonth month : FIRST_QUARTER.subList(0, i < 2 ? 3 : 2)) {
                contributions.add(month(worker("sama" + i), "Sama", "KE", month, 40, 1500));
            }
        }
        TableSpec byVendor = TableSpec.of(FIRST_QUARTER, Dimension.VENDOR);

        Publication publication = control().publish(List.of(byVendor), contributions);
        PublishedTable table = publication.tables().get(0);

        PublishedCell march = table.cell(at("Sama", null), "2026-03").orElseThrow();
        assertThat(march.suppression()).isEqualTo(Suppression.TOO_FEW_WORKERS);
        assertThat(table.periods()).extracting(Period::key)
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-Q1", "window");
        long hidden = List.of("2026-01", "2026-02", "2026-Q1").stream()
                .filter(key -> !table.cell(at("Sama", null), key).orElseThrow().published()).count();
        assertThat(hidden).as("March = Q1 − January − February must not hold").isPositive();
        long truth = Truth.sum(contributions, table, march, Measure.PAID_MINUTES);
        assertThat(DisclosureControl.derivableRange(publication, march, Measure.PAID_MINUTES).covers(truth, 0.5))
                .isTrue();
    }

    @Test
    void linkedTablesShareTheirCellsAndOneSuppressionPattern() {
        Map<String, Integer> cells = Map.of("Invisible/KE", 9, "Invisible/PH", 3, "Appen/KE", 6, "Appen/PH", 8);
        List<Contribution> contributions = grid(cells, ONE_MONTH);
        List<TableSpec> tables = List.of(TableSpec.of(ONE_MONTH, Dimension.VENDOR),
                TableSpec.of(ONE_MONTH, Dimension.JURISDICTION),
                TableSpec.of(ONE_MONTH, Dimension.VENDOR, Dimension.JURISDICTION));

        Publication publication = control().publish(tables, contributions);

        PublishedTable byVendor = publication.tables().get(0);
        PublishedTable crossed = publication.tables().get(2);
        for (String vendor : List.of("Invisible", "Appen")) {
            PublishedCell alone = byVendor.cell(at(vendor, null), "2026-01").orElseThrow();
            PublishedCell linked = crossed.cell(at(vendor, null), "2026-01").orElseThrow();
            assertThat(alone).isEqualTo(linked);
        }
        for (PublishedTable table : publication.tables()) {
            for (PublishedCell cell : table.cells()) {
                if (cell.suppression() == Suppression.TOO_FEW_WORKERS) {
                    long truth = Truth.sum(contributions, table, cell, Measure.PAID_MINUTES);
                    assertThat(DisclosureControl.derivableRange(publication, cell, Measure.PAID_MINUTES)
                            .covers(truth, 0.5)).as("%s", cell.coordinates()).isTrue();
                }
            }
        }
    }

    @Test
    void inRandomTablesEveryCellWithheldOnItsOwnKeepsAWideRange() {
        Random random = new Random(51);
        for (int round = 0; round < 4; round++) {
            Map<String, Integer> cells = new java.util.LinkedHashMap<>();
            for (String vendor : List.of("Invisible", "Appen", "Sama", "Outlier")) {
                for (String place : List.of("KE", "PH", "IN")) {
                    cells.put(vendor + "/" + place, random.nextInt(4) == 0 ? 1 + random.nextInt(4)
                            : 5 + random.nextInt(6));
                }
            }
            List<Contribution> contributions = grid(cells, ONE_MONTH);
            Publication publication = control().publish(List.of(
                    TableSpec.of(ONE_MONTH, Dimension.VENDOR, Dimension.JURISDICTION)), contributions);
            PublishedTable table = publication.tables().get(0);
            for (PublishedCell cell : table.cells()) {
                if (cell.suppression() == Suppression.TOO_FEW_WORKERS || cell.suppression() == Suppression.DOMINATED) {
                    for (Measure measure : List.of(Measure.PAID_MINUTES, Measure.NET_PAY)) {
                        long truth = Truth.sum(contributions, table, cell, measure);
                        assertThat(DisclosureControl.derivableRange(publication, cell, measure).covers(truth, 0.5))
                                .as("round %d %s %s", round, cell.coordinates(), measure).isTrue();
                    }
                }
            }
        }
    }
}
