package coop.steward.organizing.disclosure;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static coop.steward.organizing.disclosure.DisclosureFixtures.FIRST_HALF;
import static coop.steward.organizing.disclosure.DisclosureFixtures.KEY;
import static coop.steward.organizing.disclosure.DisclosureFixtures.control;
import static coop.steward.organizing.disclosure.DisclosureFixtures.month;
import static coop.steward.organizing.disclosure.DisclosureFixtures.thirtyContractors;
import static coop.steward.organizing.disclosure.DisclosureFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker who reads publications and tries on purpose to recover one worker's hours or pay. Whatever the
 * attack, the estimate is never within the guaranteed margin (a = 10 % of the value, less the rounding of the
 * figures used), or the cell is not published and its derivable range stays wide.
 */
class DifferencingAttackTest {

    private static final UUID MARIA = worker("maria");
    private static final List<Measure> TARGETED = List.of(Measure.PAID_MINUTES, Measure.NET_PAY);
    private static final List<TableSpec> TABLES = List.of(TableSpec.of(FIRST_HALF, Dimension.VENDOR),
            TableSpec.of(FIRST_HALF, Dimension.JURISDICTION),
            TableSpec.of(FIRST_HALF, Dimension.VENDOR, Dimension.JURISDICTION));

    /** The thirty contractors plus Maria, the only Appen worker in Missouri, every month. */
    private static List<Contribution> withMaria() {
        List<Contribution> contributions = new ArrayList<>(thirtyContractors());
        for (YearMonth month : FIRST_HALF) {
            contributions.add(month(MARIA, "Appen", "US-MO", month, 35 + month.getMonthValue(), 1350));
        }
        return contributions;
    }

    private static List<Contribution> without(List<Contribution> contributions, UUID worker) {
        return contributions.stream().filter(c -> !c.workerId().equals(worker)).toList();
    }

    @Test
    void subCellsAgainstTotalsMonthsAgainstQuartersAndLinkedTablesNeverPinMariasCell() {
        List<Contribution> contributions = withMaria();
        Publication publication = control().publish(TABLES, contributions);
        PublishedTable crossed = publication.table(List.of(Dimension.VENDOR, Dimension.JURISDICTION)).orElseThrow();

        for (Period period : crossed.periods()) {
            Map<Dimension, String> mariasCell = Map.of(Dimension.VENDOR, "Appen", Dimension.JURISDICTION, "US-MO");
            PublishedCell cell = crossed.cell(mariasCell, period.key()).orElseThrow();
            assertThat(cell.published()).as("Maria alone in %s", period.key()).isFalse();
            for (Measure measure : TARGETED) {
                long truth = Truth.workerSum(contributions, MARIA, mariasCell, period, measure);
                DerivableRange range = DisclosureControl.derivableRange(publication, cell, measure);
                assertThat(range.covers(truth, DisclosureControl.PROTECTION_LEVEL))
                        .as("%s of Maria in %s: %s, truth %d", measure, period.key(), range, truth).isTrue();
            }
        }
    }

    @Test
    void everyCellWithheldOnItsOwnStaysWide() {
        List<Contribution> contributions = withMaria();
        Publication publication = control().publish(TABLES, contributions);
        int audited = 0;
        for (PublishedTable table : publication.tables()) {
            for (PublishedCell cell : table.cells()) {
                for (Measure measure : TARGETED) {
                    Suppression why = cell.published() ? cell.values().get(measure).suppression() : cell.suppression();
                    if (why == null || why == Suppression.PROTECTS_ANOTHER_CELL) {
                        continue;
                    }
                    long truth = Truth.sum(contributions, table, cell, measure);
                    assertThat(DisclosureControl.derivableRange(publication, cell, measure)
                            .covers(truth, DisclosureControl.PROTECTION_LEVEL))
                            .as("%s %s %s", cell.coordinates(), cell.period(), measure).isTrue();
                    audited++;
                }
            }
        }
        assertThat(audited).isPositive();
    }

    @Test
    void comparingFiguresBeforeAndAfterMariaWithdrawsConsentGivesHerValuesOnlyTimesHerFactor() {
        List<Contribution> before = withMaria();
        List<Contribution> after = without(before, MARIA);
        assertDifferenceNeverRecovers(control().publish(TABLES, before), control().publish(TABLES, after), before);
    }

    @Test
    void twoOrganizationsSharingAllMembersButMariaGiveHerValuesOnlyTimesHerFactor() {
        List<Contribution> union = withMaria();
        List<Contribution> cooperative = new ArrayList<>(union);
        List<Contribution> unionWithoutMaria = without(union, MARIA);
        DisclosureControl union5 = control();
        DisclosureControl cooperative6 = control(6);
        assertDifferenceNeverRecovers(cooperative6.publish(TABLES, cooperative), union5.publish(TABLES,
                unionWithoutMaria), union);
    }

    /** Every figure published in both gives, by difference, Maria's contribution; it must miss by ≥ a. */
    private static void assertDifferenceNeverRecovers(Publication with, Publication without,
                                                      List<Contribution> contributions) {
        int attacks = 0;
        for (int t = 0; t < with.tables().size(); t++) {
            PublishedTable table = with.tables().get(t);
            PublishedTable other = without.tables().get(t);
            for (PublishedCell cell : table.cells()) {
                Optional<PublishedCell> twin = other.cell(cell.coordinates(), cell.period());
                Period period = table.period(cell.period()).orElseThrow();
                for (Measure measure : TARGETED) {
                    Optional<Long> a = cell.value(measure);
                    Optional<Long> b = twin.flatMap(c -> c.value(measure));
                    long truth = Truth.workerSum(contributions, MARIA, cell.coordinates(), period, measure);
                    if (a.isEmpty() || b.isEmpty() || truth == 0) {
                        continue;
                    }
                    long estimate = a.get() - b.get();
                    double margin = 0.10 * truth - Rounding.unit(measure);
                    assertThat(Math.abs(estimate - truth)).as("%s %s %s: estimate %d, truth %d",
                            cell.coordinates(), cell.period(), measure, estimate, truth)
                            .isGreaterThanOrEqualTo((long) Math.floor(margin));
                    attacks++;
                }
            }
        }
        System.out.println("differencing attacks tried: " + attacks);
        assertThat(attacks).as("some figure is published both with and without Maria").isPositive();
    }

    @Test
    void anAttackerWhoIsAllButOneOfACellsWorkersAndKnowsTheirOwnValuesAndFactorsGetsOnlyTheFactoredValue() {
        List<Contribution> contributions = new ArrayList<>();
        List<UUID> attackers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attackers.add(worker("sybil-" + i));
        }
        for (YearMonth month : FIRST_HALF) {
            for (UUID attacker : attackers) {
                contributions.add(month(attacker, "Remotasks", "PH", month, 40, 1000));
            }
            contributions.add(month(MARIA, "Remotasks", "PH", month, 30 + month.getMonthValue(), 1200));
        }
        contributions.addAll(thirtyContractors());
        Publication publication = control().publish(List.of(TableSpec.of(FIRST_HALF, Dimension.VENDOR)),
                contributions);
        PublishedTable byVendor = publication.table(List.of(Dimension.VENDOR)).orElseThrow();
        Noise noise = new Noise(KEY);
        int attacks = 0;
        for (PublishedCell cell : byVendor.cells()) {
            if (!"Remotasks".equals(cell.coordinates().get(Dimension.VENDOR))) {
                continue;
            }
            Period period = byVendor.period(cell.period()).orElseThrow();
            for (Measure measure : TARGETED) {
                if (cell.value(measure).isEmpty()) {
                    continue;
                }
                double own = 0;
                for (UUID attacker : attackers) {
                    double factor = noise.factors(attacker)[measure.ordinal()] / (double) Noise.SCALE;
                    own += factor * Truth.workerSum(contributions, attacker, cell.coordinates(), period, measure);
                }
                double estimate = cell.value(measure).get() - own;
                long truth = Truth.workerSum(contributions, MARIA, cell.coordinates(), period, measure);
                assertThat(Math.abs(estimate - truth)).as("%s %s", cell.period(), measure)
                        .isGreaterThanOrEqualTo(0.10 * truth - Rounding.unit(measure) / 2.0);
                attacks++;
            }
        }
        assertThat(attacks).isPositive();
    }
}
