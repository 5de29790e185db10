package coop.steward.organizing.disclosure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static coop.steward.organizing.disclosure.DisclosureFixtures.FIRST_HALF;
import static coop.steward.organizing.disclosure.DisclosureFixtures.control;
import static coop.steward.organizing.disclosure.DisclosureFixtures.month;
import static coop.steward.organizing.disclosure.DisclosureFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

class GlobalRecodingTest {

    private static final TableSpec BY_VENDOR = TableSpec.of(FIRST_HALF, Dimension.VENDOR);

    /** Two large vendors of twelve workers each, and Sama (two workers) and Remotasks (one) over the half year. */
    private static List<Contribution> twoLargeAndTwoTinyVendors() {
        return vendors(Map.of("Invisible", 12, "Appen", 12, "Sama", 2, "Remotasks", 1));
    }

    private static List<Contribution> vendors(Map<String, Integer> vendors) {
        Random random = new Random(7);
        List<Contribution> contributions = new ArrayList<>();
        vendors.forEach((vendor, workers) -> {
            for (int i = 0; i < workers; i++) {
                for (var when : FIRST_HALF) {
                    contributions.add(month(worker(vendor + i), vendor, "KE", when, 20 + random.nextInt(60),
                            900 + random.nextInt(1200)));
                }
            }
        });
        return contributions;
    }

    @Test
    void vendorsBelowKOverTheWindowAreMergedIntoOneOtherAndTheTotalsAndLargeVendorsStayPublished() {
        List<Contribution> contributions = vendors(Map.of("Invisible", 12, "Appen", 12, "Sama", 2, "Remotasks", 1,
                "Toloka", 2));

        Publication publication = control().publish(List.of(BY_VENDOR), contributions);
        PublishedTable table = publication.tables().get(0);

        assertThat(table.cells()).noneMatch(cell -> "Sama".equals(cell.coordinates().get(Dimension.VENDOR))
                || "Remotasks".equals(cell.coordinates().get(Dimension.VENDOR)));
        assertThat(publication.recoded()).containsEntry(Dimension.VENDOR, 3);
        assertThat(publication.otherLabel(Dimension.VENDOR, Contribution.OTHER)).contains("other (3 vendors)");
        for (Period period : table.periods()) {
            assertThat(table.cell(Map.of(), period.key()).orElseThrow().published())
                    .as("the total of %s", period.key()).isTrue();
        }
        assertThat(table.cell(Map.of(Dimension.VENDOR, "Invisible"), Period.WINDOW).orElseThrow().published()).isTrue();
        assertThat(table.cell(Map.of(Dimension.VENDOR, "Appen"), Period.WINDOW).orElseThrow().published()).isTrue();
        PublishedCell other = table.cell(Map.of(Dimension.VENDOR, Contribution.OTHER), Period.WINDOW).orElseThrow();
        assertThat(other.published()).as("five workers of three vendors, none of them named").isTrue();
        assertThat(other.workers()).isEqualTo(5);
    }

    @Test
    void theOtherVendorsCannotBeWorkedOutFromTheTotalsAndTheLargeVendors() {
        List<Contribution> contributions = twoLargeAndTwoTinyVendors();

        Publication publication = control().publish(List.of(BY_VENDOR), contributions);
        PublishedTable table = publication.tables().get(0);

        assertThat(table.cell(Map.of(Dimension.VENDOR, Contribution.OTHER), Period.WINDOW).orElseThrow().suppression())
                .as("three workers are fewer than k").isEqualTo(Suppression.TOO_FEW_WORKERS);
        for (Period period : table.periods()) {
            assertThat(table.cell(Map.of(), period.key()).orElseThrow().published())
                    .as("a sibling protects the other vendors, not the total of %s", period.key()).isTrue();
        }
        for (PublishedCell cell : table.cells()) {
            if (Contribution.OTHER.equals(cell.coordinates().get(Dimension.VENDOR))) {
                assertThat(cell.published()).as("%s", cell.period()).isFalse();
                for (Measure measure : List.of(Measure.PAID_MINUTES, Measure.NET_PAY, Measure.GROSS_PAY)) {
                    long truth = Truth.sum(asOther(contributions, "Sama", "Remotasks"), table, cell, measure);
                    assertThat(truth).isPositive();
                    assertThat(DisclosureControl.derivableRange(publication, cell, measure)
                            .covers(truth, DisclosureControl.PROTECTION_LEVEL))
                            .as("%s %s", cell.period(), measure).isTrue();
                }
            }
        }
    }

    private static List<Contribution> asOther(List<Contribution> contributions, String... vendors) {
        List<String> merged = List.of(vendors);
        return contributions.stream().map(contribution -> {
            if (!merged.contains(contribution.coordinates().get(Dimension.VENDOR))) {
                return contribution;
            }
            Map<Dimension, String> coordinates = new java.util.EnumMap<>(contribution.coordinates());
            coordinates.put(Dimension.VENDOR, Contribution.OTHER);
            return new Contribution(contribution.workerId(), coordinates, contribution.month(), contribution.values());
        }).toList();
    }

    @Test
    void oneSmallVendorAloneIsNotRenamed() {
        List<Contribution> contributions = new ArrayList<>(twoLargeAndTwoTinyVendors());
        contributions.removeIf(contribution -> "Remotasks".equals(contribution.coordinates().get(Dimension.VENDOR)));

        Publication publication = control().publish(List.of(BY_VENDOR), contributions);

        assertThat(publication.recoded()).isEmpty();
        assertThat(publication.tables().get(0).cell(Map.of(Dimension.VENDOR, "Sama"), Period.WINDOW).orElseThrow()
                .suppression()).isEqualTo(Suppression.TOO_FEW_WORKERS);
    }
}
