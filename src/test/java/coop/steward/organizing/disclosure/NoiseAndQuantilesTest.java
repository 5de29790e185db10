package coop.steward.organizing.disclosure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static coop.steward.organizing.disclosure.DisclosureFixtures.JANUARY;
import static coop.steward.organizing.disclosure.DisclosureFixtures.KEY;
import static coop.steward.organizing.disclosure.DisclosureFixtures.control;
import static coop.steward.organizing.disclosure.DisclosureFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

class NoiseAndQuantilesTest {

    @Test
    void everyWorkersFactorIsBetweenTenAndTwentyFivePercentAwayFromOneAndNeverChanges() {
        Noise noise = new Noise(KEY);
        for (int i = 0; i < 500; i++) {
            UUID worker = worker("contractor-" + i);
            long[] factors = noise.factors(worker);
            assertThat(new Noise(KEY).factors(worker)).isEqualTo(factors);
            for (long factor : factors) {
                double distortion = Math.abs(factor / (double) Noise.SCALE - 1);
                assertThat(distortion).isBetween(0.0999995, 0.2500005);
            }
        }
    }

    @Test
    void theMedianNeedsKWorkersAndTheDecilesTwiceAsMany() {
        long[] net = new long[10];
        long[] minutes = new long[10];
        for (int i = 0; i < 10; i++) {
            net[i] = (1000 + 100L * i) * 40;
            minutes[i] = 40 * 60;
        }
        Quantiles ten = EffectivePay.quantiles(net, minutes, 5);
        assertThat(ten.median()).isEqualTo(1450L);
        assertThat(ten.p10()).isEqualTo(1100L);
        assertThat(ten.p90()).isEqualTo(1800L);
        Quantiles nine = EffectivePay.quantiles(java.util.Arrays.copyOf(net, 9), java.util.Arrays.copyOf(minutes, 9), 5);
        assertThat(nine.median()).isEqualTo(1400L);
        assertThat(nine.p10()).isNull();
        assertThat(EffectivePay.quantiles(java.util.Arrays.copyOf(net, 4), java.util.Arrays.copyOf(minutes, 4), 5))
                .isNull();
    }

    @Test
    void aCountThatFewerThanKWorkersContributeToIsWithheldInAPublishedCell() {
        List<Contribution> contributions = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            contributions.add(new Contribution(worker("labeler-" + i), Map.of(Dimension.VENDOR, "Scale"), JANUARY,
                    Map.of(Measure.PAID_MINUTES, 2400L, Measure.NET_PAY, 60000L,
                            Measure.GRIEVANCES_RETALIATION, i == 0 ? 1L : 0L, Measure.SESSIONS, 10L)));
        }
        PublishedCell cell = control().publish(List.of(TableSpec.of(List.of(JANUARY), Dimension.VENDOR)),
                contributions).tables().get(0).cell(Map.of(Dimension.VENDOR, "Scale"), "2026-01").orElseThrow();
        assertThat(cell.published()).isTrue();
        assertThat(cell.values().get(Measure.GRIEVANCES_RETALIATION).suppression())
                .isEqualTo(Suppression.TOO_FEW_FOR_MEASURE);
        assertThat(cell.value(Measure.SESSIONS)).isPresent();
        assertThat(cell.workers()).isEqualTo(6);
    }

    @Test
    void theMethodIsWrittenInEveryLanguageWithTheRulesFilledIn() {
        for (String language : List.of("en", "fr", "es", "sw")) {
            String method = DisclosureControl.method(Rules.defaults().withK(7), Locale.forLanguageTag(language));
            assertThat(method).contains("7").contains("85").contains("50").doesNotContain("{");
        }
    }

    @Test
    void aShareNeverReadsAboveAllWhenEveryAssessedWeekWasBelowTheMinimum() {
        List<Contribution> contributions = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            contributions.add(new Contribution(worker("trainer-" + i), Map.of(Dimension.VENDOR, "Invisible"), JANUARY,
                    Map.of(Measure.PAID_MINUTES, 2400L + 60L * i, Measure.NET_PAY, 30000L + 500L * i,
                            Measure.WORKER_WEEKS, 4L, Measure.WEEKS_ASSESSED_MINIMUM, 4L,
                            Measure.WEEKS_BELOW_MINIMUM, 4L, Measure.PAYMENTS, 2L, Measure.LATE_PAYMENTS, 2L)));
        }
        Publication publication = control().publish(List.of(TableSpec.of(List.of(JANUARY), Dimension.VENDOR)),
                contributions);
        for (PublishedCell cell : publication.tables().get(0).cells()) {
            if (!cell.published()) {
                continue;
            }
            assertThat(cell.value(Measure.WEEKS_BELOW_MINIMUM).orElseThrow())
                    .isLessThanOrEqualTo(cell.value(Measure.WEEKS_ASSESSED_MINIMUM).orElseThrow());
            assertThat(cell.value(Measure.WEEKS_ASSESSED_MINIMUM).orElseThrow())
                    .isLessThanOrEqualTo(cell.value(Measure.WORKER_WEEKS).orElseThrow());
            assertThat(cell.value(Measure.LATE_PAYMENTS).orElseThrow())
                    .isLessThanOrEqualTo(cell.value(Measure.PAYMENTS).orElseThrow());
        }
    }
}
