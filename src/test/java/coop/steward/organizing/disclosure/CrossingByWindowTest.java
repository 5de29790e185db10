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

/**
 * A crossing of two dimensions published over the window only (ADR 0055): its many small cells no longer hide the
 * months of the one-dimensional tables it is linked to, and each of its withheld cells stays as protected as any.
 */
class CrossingByWindowTest {

    private static final TableSpec BY_VENDOR = TableSpec.of(FIRST_HALF, Dimension.VENDOR);
    private static final TableSpec BY_VENDOR_AND_JURISDICTION =
            new TableSpec(List.of(Dimension.VENDOR, Dimension.JURISDICTION), FIRST_HALF, PeriodKind.WINDOW);

    /** Two vendors of nine workers each, spread over jurisdictions so that most crossings have two or three. */
    private static List<Contribution> spreadOverJurisdictions() {
        Random random = new Random(11);
        List<String> jurisdictions = List.of("KE", "US-MO", "US-KS", "PH", "US-MO", "KE", "US-KS", "KE", "PH");
        List<Contribution> contributions = new ArrayList<>();
        for (String vendor : List.of("Invisible", "Appen")) {
            for (int i = 0; i < jurisdictions.size(); i++) {
                for (var when : FIRST_HALF) {
                    contributions.add(month(worker(vendor + i), vendor, jurisdictions.get(i), when,
                            20 + random.nextInt(60), 900 + random.nextInt(1200)));
                }
            }
        }
        return contributions;
    }

    @Test
    void theCrossingHasOnlyTheWindowAndItsSmallCellsLeaveTheVendorsMonthsPublished() {
        List<Contribution> contributions = spreadOverJurisdictions();

        Publication publication = control().publish(List.of(BY_VENDOR, BY_VENDOR_AND_JURISDICTION), contributions);
        PublishedTable byVendor = publication.tables().get(0);
        PublishedTable crossing = publication.tables().get(1);

        assertThat(crossing.periods()).extracting(Period::kind).containsExactly(PeriodKind.WINDOW);
        assertThat(crossing.cells()).extracting(PublishedCell::period).containsOnly(Period.WINDOW);
        assertThat(crossing.cells()).filteredOn(cell -> cell.coordinates().size() == 2)
                .anyMatch(cell -> !cell.published());
        for (Period period : byVendor.periods()) {
            for (String vendor : List.of("Invisible", "Appen")) {
                assertThat(byVendor.cell(Map.of(Dimension.VENDOR, vendor), period.key()).orElseThrow().published())
                        .as("%s in %s", vendor, period.key()).isTrue();
            }
        }
    }

    @Test
    void noWithheldCrossingCanBeWorkedOutFromTheVendorsAndTheOtherCrossings() {
        List<Contribution> contributions = spreadOverJurisdictions();

        Publication publication = control().publish(List.of(BY_VENDOR, BY_VENDOR_AND_JURISDICTION), contributions);
        PublishedTable crossing = publication.tables().get(1);

        int withheld = 0;
        for (PublishedCell cell : crossing.cells()) {
            if (cell.published()) {
                continue;
            }
            withheld++;
            for (Measure measure : List.of(Measure.PAID_MINUTES, Measure.NET_PAY, Measure.GROSS_PAY)) {
                long truth = Truth.sum(contributions, crossing, cell, measure);
                if (truth > 0) {
                    assertThat(DisclosureControl.derivableRange(publication, cell, measure)
                            .covers(truth, DisclosureControl.PROTECTION_LEVEL))
                            .as("%s %s", cell.coordinates(), measure).isTrue();
                }
            }
        }
        assertThat(withheld).isPositive();
    }
}
