package coop.steward.organizing.disclosure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static coop.steward.organizing.disclosure.DisclosureFixtures.FIRST_HALF;
import static coop.steward.organizing.disclosure.DisclosureFixtures.JANUARY;
import static coop.steward.organizing.disclosure.DisclosureFixtures.control;
import static coop.steward.organizing.disclosure.DisclosureFixtures.month;
import static coop.steward.organizing.disclosure.DisclosureFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrimarySuppressionTest {

    private static final TableSpec BY_VENDOR = TableSpec.of(FIRST_HALF, Dimension.VENDOR);

    @Test
    void aVendorWithFourWorkersIsWithheldAndOneWithFiveIsShown() {
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            contributions.add(month(worker("sama-" + i), "Sama", "KE", JANUARY, 100, 1500));
        }
        for (int i = 0; i < 5; i++) {
            contributions.add(month(worker("appen-" + i), "Appen", "KE", JANUARY, 160, 1500));
        }
        for (int i = 0; i < 10; i++) {
            contributions.add(month(worker("invisible-" + i), "Invisible", "KE", JANUARY, 30, 1500));
        }

        PublishedTable table = control().publish(List.of(BY_VENDOR), contributions).tables().get(0);

        PublishedCell sama = table.cell(Map.of(Dimension.VENDOR, "Sama"), "2026-01").orElseThrow();
        PublishedCell appen = table.cell(Map.of(Dimension.VENDOR, "Appen"), "2026-01").orElseThrow();
        assertThat(sama.published()).isFalse();
        assertThat(sama.suppression()).isEqualTo(Suppression.TOO_FEW_WORKERS);
        assertThat(sama.workers()).isNull();
        assertThat(sama.values()).isEmpty();
        assertThat(appen.published()).isTrue();
        assertThat(appen.workers()).isEqualTo(5);
        assertThat(table.cell(Map.of(Dimension.VENDOR, "Invisible"), "2026-01").orElseThrow().suppression())
                .as("the smaller vendor protects Sama against the total").isEqualTo(Suppression.PROTECTS_ANOTHER_CELL);
    }

    @Test
    void kBelowThreeIsRefusedNamingK() {
        assertThatThrownBy(() -> new Rules(2, 2, 0.85))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
        assertThatThrownBy(() -> control(2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
    }

    private static Contribution minutesAndPay(String handle, long minutes) {
        return new Contribution(worker(handle), Map.of(Dimension.VENDOR, "Outlier"), JANUARY,
                Map.of(Measure.PAID_MINUTES, minutes, Measure.NET_PAY, minutes * 20, Measure.GROSS_PAY, minutes * 21));
    }

    @Test
    void twoWorkersHoldingExactlyEightyFivePercentDoNotDominateButMoreDoes() {
        List<Contribution> atTheBoundary = List.of(minutesAndPay("ana", 4250), minutesAndPay("ben", 4250),
                minutesAndPay("cy", 500), minutesAndPay("di", 500), minutesAndPay("ed", 500));
        List<Contribution> beyond = List.of(minutesAndPay("ana", 4251), minutesAndPay("ben", 4250),
                minutesAndPay("cy", 500), minutesAndPay("di", 500), minutesAndPay("ed", 499));
        TableSpec oneMonth = TableSpec.of(List.of(JANUARY), Dimension.VENDOR);

        PublishedCell shown = control().publish(List.of(oneMonth), atTheBoundary).tables().get(0)
                .cell(Map.of(), "2026-01").orElseThrow();
        PublishedCell dominated = control().publish(List.of(oneMonth), beyond).tables().get(0)
                .cell(Map.of(), "2026-01").orElseThrow();

        assertThat(shown.published()).isTrue();
        assertThat(dominated.suppression()).isEqualTo(Suppression.DOMINATED);
    }
}
