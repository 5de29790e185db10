package coop.steward.bench;

import coop.steward.organizing.disclosure.Contribution;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.DisclosureControl;
import coop.steward.organizing.disclosure.Measure;
import coop.steward.organizing.disclosure.NoiseKey;
import coop.steward.organizing.disclosure.Publication;
import coop.steward.organizing.disclosure.PublishedCell;
import coop.steward.organizing.disclosure.PublishedTable;
import coop.steward.organizing.disclosure.Rules;
import coop.steward.organizing.disclosure.Suppression;
import coop.steward.organizing.disclosure.PeriodKind;
import coop.steward.organizing.disclosure.TableSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The disclosure control's cost in-process, without a database: synthetic contributions for N workers, published
 * over the organization dashboard's five linked tables (vendor, client, task kind, jurisdiction, vendor ×
 * jurisdiction) and the twelve months of 2026, as {@code Dashboards.ORGANIZATION_TABLES} asks. A benchmark command,
 * not a test: {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath)
 * coop.steward.bench.DisclosureBenchmark [N ...]} (default 100 1000 10000). Per N it prints the time of
 * {@code publish} (best of a few runs after a warm-up, one run at 10,000 and above), the distinct cells, how many
 * are withheld on their own (fewer than k, dominated) and to protect others, and the share published.
 * <p>
 * The population is skewed as real organizations are: vendors, clients, task kinds and jurisdictions are drawn
 * from Zipf-like weights, so a few hold most workers and the tail few; besides, three vendors have 2, 3 and 4 workers,
 * one client 3 and one jurisdiction 2 at every N. Each worker has one or two gigs, each active over a run of months.
 */
public final class DisclosureBenchmark {

    private static final List<YearMonth> WINDOW = TableSpec.window(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
    /** The same tables as {@code Dashboards.ORGANIZATION_TABLES} (package-private there). */
    private static final List<List<Dimension>> TABLES = List.of(
            List.of(Dimension.VENDOR), List.of(Dimension.CLIENT), List.of(Dimension.TASK_KIND),
            List.of(Dimension.JURISDICTION), List.of(Dimension.VENDOR, Dimension.JURISDICTION));
    private static final NoiseKey KEY = () -> "steward-bench-noise-key-0123456789".getBytes(StandardCharsets.UTF_8);

    /** The first nine workers' first gigs: three vendors of 2, 3 and 4 workers at every N (the tail the 17 others' weights do not reach). */
    private static final int[] RARE_VENDORS = {18, 18, 19, 19, 19, 20, 20, 20, 20};

    private DisclosureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(100, 1_000, 10_000));
        }
        PeriodKind crossingsBy = PeriodKind.valueOf(System.getProperty("crossings", "WINDOW"));
        List<TableSpec> specs = TABLES.stream().map(dimensions -> new TableSpec(dimensions, WINDOW,
                dimensions.size() > 1 ? crossingsBy : PeriodKind.MONTH)).toList();
        DisclosureControl control = new DisclosureControl(Rules.defaults(), KEY);
        System.out.printf(Locale.ROOT, "load average: %s%n", loadAverage());
        System.out.printf(Locale.ROOT, "%8s %10s %9s %8s %10s %10s %10s %10s %9s%n", "workers", "contribs", "ms",
                "cells", "primary", "protects", "published", "shown %", "values %");
        for (int workers : sizes) {
            List<Contribution> contributions = population(workers, new Random(workers));
            int runs = workers >= 10_000 ? 1 : 3;
            control.publish(specs, contributions);
            long best = Long.MAX_VALUE;
            Publication publication = null;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                publication = control.publish(specs, contributions);
                best = Math.min(best, System.nanoTime() - start);
            }
            Counts counts = Counts.of(publication);
            System.out.printf(Locale.ROOT, "%8d %10d %9d %8d %10d %10d %10d %9.1f%% %8.1f%%%n", workers,
                    contributions.size(), best / 1_000_000, counts.cells, counts.primary, counts.protecting,
                    counts.published, 100.0 * counts.published / counts.cells,
                    100.0 * counts.shownValues / Math.max(1, counts.values));
        }
        System.out.printf(Locale.ROOT, "load average: %s%n", loadAverage());
    }

    /** Distinct cells of a publication (a cell shared by two tables counts once) by what became of them. */
    private record Counts(int cells, int primary, int protecting, int published, long values, long shownValues) {
        static Counts of(Publication publication) {
            Map<String, PublishedCell> distinct = new HashMap<>();
            for (PublishedTable table : publication.tables()) {
                for (PublishedCell cell : table.cells()) {
                    distinct.putIfAbsent(new java.util.TreeMap<>(cell.coordinates()) + "@" + cell.period(), cell);
                }
            }
            int primary = 0;
            int protecting = 0;
            int published = 0;
            long values = 0;
            long shown = 0;
            for (PublishedCell cell : distinct.values()) {
                if (cell.published()) {
                    published++;
                    for (Measure measure : Measure.values()) {
                        values++;
                        shown += cell.value(measure).isPresent() ? 1 : 0;
                    }
                } else if (cell.suppression() == Suppression.PROTECTS_ANOTHER_CELL) {
                    protecting++;
                    values += Measure.values().length;
                } else {
                    primary++;
                    values += Measure.values().length;
                }
            }
            return new Counts(distinct.size(), primary, protecting, published, values, shown);
        }
    }

    static List<Contribution> population(int workers, Random random) {
        double[] vendors = zipf(17, 1.3);
        double[] clients = zipf(5, 1.3);
        double[] taskKinds = zipf(4, 1.0);
        double[] jurisdictions = zipf(10, 1.2);
        List<Contribution> contributions = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            UUID worker = new UUID(0x5757L, w);
            int gigs = random.nextInt(3) == 0 ? 2 : 1;
            String jurisdiction = w >= 12 && w < 14 ? "J-rare" : "J" + pick(jurisdictions, random);
            for (int g = 0; g < gigs; g++) {
                Map<Dimension, String> at = new EnumMap<>(Dimension.class);
                at.put(Dimension.VENDOR, "vendor-" + (g == 0 && w < RARE_VENDORS.length ? RARE_VENDORS[w]
                        : pick(vendors, random)));
                at.put(Dimension.CLIENT, g == 0 && w >= 9 && w < 12 ? "client-rare" : "client-" + pick(clients, random));
                at.put(Dimension.TASK_KIND, "task-" + pick(taskKinds, random));
                at.put(Dimension.JURISDICTION, jurisdiction);
                int first = random.nextInt(12);
                int last = Math.min(11, first + random.nextInt(12));
                long centsPerHour = 700 + random.nextInt(1800);
                for (int month = first; month <= last; month++) {
                    contributions.add(new Contribution(worker, at, WINDOW.get(month), values(random, centsPerHour)));
                }
            }
        }
        return contributions;
    }

    private static Map<Measure, Long> values(Random random, long centsPerHour) {
        Map<Measure, Long> values = new EnumMap<>(Measure.class);
        long paid = 600 + random.nextInt(6000);
        long gross = paid * centsPerHour / 60;
        long fees = gross * random.nextInt(20) / 100;
        values.put(Measure.PAID_MINUTES, paid);
        values.put(Measure.UNPAID_ONBOARDING_AND_TESTS, (long) random.nextInt(120));
        values.put(Measure.UNPAID_WAITING_FOR_TASKS, (long) random.nextInt(300));
        values.put(Measure.UNPAID_REWORK, random.nextInt(3) == 0 ? (long) random.nextInt(200) : 0L);
        values.put(Measure.GROSS_PAY, gross);
        values.put(Measure.FEES, fees);
        values.put(Measure.NET_PAY, gross - fees);
        values.put(Measure.SESSIONS, 1L + paid / 180);
        values.put(Measure.PAYMENTS, 1L + random.nextInt(3));
        values.put(Measure.LATE_PAYMENTS, random.nextInt(7) == 0 ? 1L : 0L);
        values.put(Measure.WORKER_WEEKS, 4L);
        long below = random.nextInt(5);
        values.put(Measure.WEEKS_ASSESSED_MINIMUM, 4L);
        values.put(Measure.WEEKS_BELOW_MINIMUM, centsPerHour < 1000 ? below : 0L);
        values.put(Measure.WEEKS_ASSESSED_LIVING, 4L);
        values.put(Measure.WEEKS_BELOW_LIVING, centsPerHour < 1600 ? below : 0L);
        values.put(Measure.GRIEVANCES_UNPAID_WORK, random.nextInt(40) == 0 ? 1L : 0L);
        return values;
    }

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, Random random) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u <= cumulative[i]) {
                return i + 1;
            }
        }
        return cumulative.length;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }
}
