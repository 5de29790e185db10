package coop.steward.organizing.disclosure;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A publication the size of a large organization: correctness only; the time is printed, never asserted. */
class LargePublicationTest {

    private static final List<YearMonth> YEAR = TableSpec.window(YearMonth.of(2025, 1), YearMonth.of(2025, 12));

    @Test
    void tenThousandWorkersOverAYearOfTwentyVendorsInTenJurisdictionsArePublishedWithEveryRuleHolding() {
        List<Contribution> contributions = tenThousandWorkers();
        List<TableSpec> tables = List.of(TableSpec.of(YEAR, Dimension.VENDOR), TableSpec.of(YEAR, Dimension.CLIENT),
                TableSpec.of(YEAR, Dimension.TASK_KIND), TableSpec.of(YEAR, Dimension.JURISDICTION),
                TableSpec.of(YEAR, Dimension.VENDOR, Dimension.JURISDICTION));
        DisclosureControl control = DisclosureFixtures.control();

        long started = System.nanoTime();
        Publication publication = control.publish(tables, contributions);
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        PublishedTable crossed = publication.table(List.of(Dimension.VENDOR, Dimension.JURISDICTION)).orElseThrow();
        long withheld = crossed.cells().stream().filter(cell -> !cell.published()).count();
        System.out.printf("10,000 workers, %d contributions, %d cells of vendor x jurisdiction (%d withheld): "
                + "published in %d ms%n", contributions.size(), crossed.cells().size(), withheld, elapsed);

        for (PublishedTable table : publication.tables()) {
            for (PublishedCell cell : table.cells()) {
                int workers = Truth.workers(contributions, table, cell).size();
                if (cell.published()) {
                    assertThat(cell.workers()).isEqualTo(workers).isGreaterThanOrEqualTo(5);
                } else if (cell.suppression() == Suppression.TOO_FEW_WORKERS) {
                    assertThat(workers).isLessThan(5);
                }
            }
        }
        Random pick = new Random(7);
        List<PublishedCell> suppressed = crossed.cells().stream()
                .filter(cell -> !cell.published() && !Truth.workers(contributions, crossed, cell).isEmpty())
                .toList();
        for (int i = 0; i < Math.min(30, suppressed.size()); i++) {
            PublishedCell cell = suppressed.get(pick.nextInt(suppressed.size()));
            for (Measure measure : List.of(Measure.PAID_MINUTES, Measure.NET_PAY)) {
                long truth = Truth.sum(contributions, crossed, cell, measure);
                assertThat(DisclosureControl.derivableRange(publication, cell, measure).covers(truth, 0.5))
                        .as("%s %s %s", cell.coordinates(), cell.period(), measure).isTrue();
            }
        }
    }

    /** Vendors by a Zipf-like law (a few big platforms, a long tail), each worker in one jurisdiction. */
    static List<Contribution> tenThousandWorkers() {
        Random random = new Random(2025);
        double[] vendorWeights = new double[20];
        double total = 0;
        for (int v = 0; v < 20; v++) {
            vendorWeights[v] = 1.0 / (v + 1);
            total += vendorWeights[v];
        }
        List<Contribution> contributions = new ArrayList<>();
        for (int w = 0; w < 10_000; w++) {
            UUID worker = DisclosureFixtures.worker("worker-" + w);
            double draw = random.nextDouble() * total;
            int vendor = 0;
            while (draw > vendorWeights[vendor] && vendor < 19) {
                draw -= vendorWeights[vendor++];
            }
            String jurisdiction = "J" + (vendor % 3 == 0 ? random.nextInt(10) : (vendor + random.nextInt(3)) % 10);
            String client = "client-" + random.nextInt(5);
            String task = "task-" + random.nextInt(4);
            int firstMonth = random.nextInt(6);
            long rate = 700 + random.nextInt(2000);
            for (int m = firstMonth; m < 12; m++) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                Map<Dimension, String> coordinates = new EnumMap<>(Dimension.class);
                coordinates.put(Dimension.VENDOR, "vendor-" + vendor);
                coordinates.put(Dimension.JURISDICTION, jurisdiction);
                coordinates.put(Dimension.CLIENT, client);
                coordinates.put(Dimension.TASK_KIND, task);
                int hours = 5 + random.nextInt(150);
                Map<Measure, Long> values = new EnumMap<>(Measure.class);
                values.put(Measure.PAID_MINUTES, hours * 60L);
                values.put(Measure.UNPAID_WAITING_FOR_TASKS, (long) random.nextInt(600));
                values.put(Measure.UNPAID_ONBOARDING_AND_TESTS, random.nextInt(5) == 0 ? 120L : 0L);
                values.put(Measure.GROSS_PAY, hours * rate);
                values.put(Measure.FEES, hours * rate / 40);
                values.put(Measure.NET_PAY, hours * rate - hours * rate / 40);
                values.put(Measure.SESSIONS, (long) (1 + hours / 4));
                values.put(Measure.PAYMENTS, 1L + random.nextInt(3));
                values.put(Measure.LATE_PAYMENTS, random.nextInt(8) == 0 ? 1L : 0L);
                values.put(Measure.WORKER_WEEKS, 4L);
                values.put(Measure.WEEKS_ASSESSED_MINIMUM, 4L);
                values.put(Measure.WEEKS_BELOW_MINIMUM, rate < 900 ? 4L : 0L);
                values.put(Measure.GRIEVANCES_LATE_PAYMENT, random.nextInt(40) == 0 ? 1L : 0L);
                contributions.add(new Contribution(worker, coordinates, YearMonth.of(2025, m + 1), values));
            }
        }
        return contributions;
    }
}
