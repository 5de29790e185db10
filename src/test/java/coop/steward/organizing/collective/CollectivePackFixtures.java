package coop.steward.organizing.collective;

import coop.steward.organizing.disclosure.Contribution;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.DisclosureControl;
import coop.steward.organizing.disclosure.Measure;
import coop.steward.organizing.disclosure.NoiseKey;
import coop.steward.organizing.disclosure.Publication;
import coop.steward.organizing.disclosure.Rules;
import coop.steward.organizing.disclosure.TableSpec;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organization's members over the first half of 2026, published the way the dashboard publishes them: Invisible
 * Technologies with ten contractors in Missouri (three of them in June: too few to show), ten in Kenya, and ten in India, Appen
 * with five in Kenya.
 */
final class CollectivePackFixtures {

    static final String INVISIBLE = "name:invisible technologies";
    static final String APPEN = "name:appen";
    static final List<YearMonth> WINDOW = TableSpec.window(YearMonth.of(2026, 1), YearMonth.of(2026, 6));
    static final NoiseKey KEY = () -> "collective-pack-test-noise-key-42".getBytes(StandardCharsets.UTF_8);
    /** All minutes of the three who worked for Invisible in Missouri in June: a suppressed cell's figure, which must appear nowhere. */
    static final long MISSOURI_JUNE_MINUTES = (4_800 + 255) + (4_860 + 255) + (4_920 + 255);

    private CollectivePackFixtures() {
    }

    static Publication publication() {
        List<TableSpec> tables = List.of(TableSpec.of(WINDOW, Dimension.VENDOR), TableSpec.of(WINDOW, Dimension.CLIENT),
                TableSpec.of(WINDOW, Dimension.TASK_KIND), TableSpec.of(WINDOW, Dimension.JURISDICTION),
                TableSpec.of(WINDOW, Dimension.VENDOR, Dimension.JURISDICTION));
        return new DisclosureControl(Rules.defaults(), KEY).publish(tables, contributions());
    }

    static List<Contribution> contributions() {
        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.addAll(months("missouri-" + i, INVISIBLE, "US-MO", 4_800 + 60 * i, 1_350 + 25 * i, i == 0 ? 2 : 0));
            all.addAll(months("nairobi-" + i, INVISIBLE, "KE", 5_400 + 45 * i, 210 + 10 * i, 0));
            all.addAll(months("bengaluru-" + i, INVISIBLE, "IN", 5_100 + 40 * i, 190 + 10 * i, 0));
        }
        for (int i = 0; i < 5; i++) {
            all.addAll(months("appen-kisumu-" + i, APPEN, "KE", 3_000 + 30 * i, 250, 0));
        }
        return all;
    }

    /** One contractor's months: paid minutes, an hour of unpaid onboarding, two of waiting, a quarter hour of each other unpaid kind, pay per hour in cents. */
    private static List<Contribution> months(String handle, String vendor, String jurisdiction, long paidMinutes,
                                             long centsPerHour, int weeksBelowMinimum) {
        UUID worker = UUID.nameUUIDFromBytes(handle.getBytes(StandardCharsets.UTF_8));
        List<Contribution> months = new ArrayList<>();
        for (YearMonth month : WINDOW) {
            if (handle.startsWith("missouri-") && month.getMonthValue() == 6 && !handle.matches("missouri-[012]")) {
                continue;
            }
            Map<Dimension, String> coordinates = new EnumMap<>(Dimension.class);
            coordinates.put(Dimension.VENDOR, vendor);
            coordinates.put(Dimension.JURISDICTION, jurisdiction);
            coordinates.put(Dimension.CLIENT, "Undisclosed AI lab");
            coordinates.put(Dimension.TASK_KIND, "RLHF_CONVERSATION");
            Map<Measure, Long> values = new EnumMap<>(Measure.class);
            long all = paidMinutes + 255;
            long net = paidMinutes * centsPerHour / 60;
            values.put(Measure.PAID_MINUTES, paidMinutes);
            values.put(Measure.UNPAID_ONBOARDING_AND_TESTS, 60L);
            values.put(Measure.UNPAID_WAITING_FOR_TASKS, 120L);
            for (Measure unpaid : List.of(Measure.UNPAID_INSTRUCTIONS_AND_TRAINING, Measure.UNPAID_PAUSED_RESEARCH,
                    Measure.UNPAID_REWORK, Measure.UNPAID_REJECTED_OR_DISPUTED, Measure.UNPAID_ADMIN)) {
                values.put(unpaid, 15L);
            }
            values.put(Measure.GROSS_PAY, net + net / 50);
            values.put(Measure.FEES, net / 50);
            values.put(Measure.NET_PAY, net);
            values.put(Measure.SESSIONS, all / 180);
            values.put(Measure.PAYMENTS, 4L);
            values.put(Measure.LATE_PAYMENTS, month.getMonthValue() == 3 ? 1L : 0L);
            values.put(Measure.WORKER_WEEKS, 4L);
            values.put(Measure.WEEKS_ASSESSED_MINIMUM, 4L);
            values.put(Measure.WEEKS_BELOW_MINIMUM, (long) Math.min(4, weeksBelowMinimum));
            values.put(Measure.WEEKS_ASSESSED_LIVING, "KE".equals(jurisdiction) ? 4L : 0L);
            values.put(Measure.WEEKS_BELOW_LIVING, "KE".equals(jurisdiction) ? 4L : 0L);
            values.put(Measure.GRIEVANCES_DEACTIVATION_WITHOUT_REASON, month.getMonthValue() == 5 && handle.endsWith("-1") ? 1L : 0L);
            months.add(new Contribution(worker, coordinates, month, values));
        }
        return months;
    }
}
