package coop.steward.organizing.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Contractors' months on gigs, as the rollups hand them to the disclosure control. */
final class DisclosureFixtures {

    static final YearMonth JANUARY = YearMonth.of(2026, 1);
    static final List<YearMonth> FIRST_HALF = TableSpec.window(JANUARY, YearMonth.of(2026, 6));
    static final NoiseKey KEY = () -> "steward-test-noise-key-0123456789".getBytes(StandardCharsets.UTF_8);

    private DisclosureFixtures() {
    }

    static DisclosureControl control() {
        return new DisclosureControl(Rules.defaults(), KEY);
    }

    static DisclosureControl control(int k) {
        return new DisclosureControl(Rules.defaults().withK(k), KEY);
    }

    /** A worker id that reads as the contractor it stands for in a failing test. */
    static UUID worker(String handle) {
        return UUID.nameUUIDFromBytes(handle.getBytes(StandardCharsets.UTF_8));
    }

    /** One month of one contractor's gig: hours paid, an hour of unpaid onboarding, pay at the rate. */
    static Contribution month(UUID worker, String vendor, String jurisdiction, YearMonth month,
                              int paidHours, long centsPerHour) {
        Map<Dimension, String> coordinates = new EnumMap<>(Dimension.class);
        coordinates.put(Dimension.VENDOR, vendor);
        coordinates.put(Dimension.JURISDICTION, jurisdiction);
        coordinates.put(Dimension.CLIENT, "Undisclosed AI lab");
        coordinates.put(Dimension.TASK_KIND, "RLHF conversation rating");
        Map<Measure, Long> values = new EnumMap<>(Measure.class);
        long gross = paidHours * centsPerHour;
        long fees = gross / 50;
        values.put(Measure.PAID_MINUTES, paidHours * 60L);
        values.put(Measure.UNPAID_ONBOARDING_AND_TESTS, 60L);
        values.put(Measure.GROSS_PAY, gross);
        values.put(Measure.FEES, fees);
        values.put(Measure.NET_PAY, gross - fees);
        values.put(Measure.SESSIONS, (long) Math.max(1, paidHours / 3));
        values.put(Measure.PAYMENTS, 2L);
        values.put(Measure.WORKER_WEEKS, 4L);
        return new Contribution(worker, coordinates, month, values);
    }

    /**
     * Twelve contractors of two vendors in three jurisdictions over the first half of 2026: Invisible (eight, in
     * Kenya, the Philippines and the United States) and Appen (four, in Kenya and the Philippines).
     */
    static List<Contribution> twelveContractors() {
        String[][] who = {
                {"amina", "Invisible", "KE"}, {"brian", "Invisible", "KE"}, {"chao", "Invisible", "KE"},
                {"dalia", "Invisible", "PH"}, {"emeka", "Invisible", "PH"}, {"fatima", "Invisible", "PH"},
                {"gabe", "Invisible", "US-MO"}, {"hana", "Invisible", "US-MO"},
                {"imani", "Appen", "KE"}, {"jose", "Appen", "PH"}, {"kofi", "Appen", "PH"}, {"lena", "Appen", "KE"}};
        Random random = new Random(12);
        List<Contribution> contributions = new ArrayList<>();
        for (String[] contractor : who) {
            for (YearMonth month : FIRST_HALF) {
                contributions.add(month(worker(contractor[0]), contractor[1], contractor[2], month,
                        20 + random.nextInt(60), 900 + random.nextInt(1200)));
            }
        }
        return contributions;
    }

    /**
     * An organization of thirty contractors: six each of Invisible in Kenya, the Philippines and Missouri, and of
     * Appen in Kenya and the Philippines, working every month of the first half of 2026.
     */
    static List<Contribution> thirtyContractors() {
        String[][] cells = {{"Invisible", "KE"}, {"Invisible", "PH"}, {"Invisible", "US-MO"}, {"Appen", "KE"},
                {"Appen", "PH"}};
        Random random = new Random(30);
        List<Contribution> contributions = new ArrayList<>();
        for (String[] cell : cells) {
            for (int i = 0; i < 6; i++) {
                UUID worker = worker(cell[0] + "-" + cell[1] + "-" + i);
                for (YearMonth month : FIRST_HALF) {
                    contributions.add(month(worker, cell[0], cell[1], month, 20 + random.nextInt(60),
                            900 + random.nextInt(1200)));
                }
            }
        }
        return contributions;
    }
}
