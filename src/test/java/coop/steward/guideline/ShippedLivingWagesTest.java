package coop.steward.guideline;

import coop.steward.guideline.model.Precision;
import coop.steward.guideline.model.WageEntry;
import coop.steward.guideline.model.WageKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What a lawyer would check first about a living-wage figure: where it is from, for whom, and how sure it is. */
class ShippedLivingWagesTest {

    private static List<WageEntry> livingWages() {
        return TestTables.tables().wages().byJurisdiction().values().stream().flatMap(List::stream)
                .filter(entry -> entry.kind() == WageKind.LIVING).toList();
    }

    @Test
    void aLivingWageTakenFromAReportOfTheSourceRatherThanTheSourceItselfIsNeverPresentedAsExact() {
        assertThat(livingWages()).isNotEmpty().allSatisfy(entry -> {
            String provenance = (entry.source().name() + " " + entry.note()).toLowerCase(Locale.ROOT);
            if (provenance.contains("reported") || provenance.contains("second-hand")) {
                assertThat(entry.precision()).as(entry.place()).isNotEqualTo(Precision.EXACT);
            }
        });
    }

    @Test
    void everyMitFigureSaysWhichHouseholdItIsFor() {
        assertThat(livingWages()).filteredOn(entry -> entry.source().name().startsWith("MIT"))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.household()).as(entry.place()).isEqualTo("one adult, no children"));
    }
}
