package coop.steward.organizing.dashboard;

import coop.steward.organizing.dashboard.Members.Org;
import coop.steward.organizing.dashboard.Members.Worker;
import coop.steward.organizing.rollup.Rollups;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.organizing.dashboard.Members.cell;
import static coop.steward.organizing.dashboard.Members.dashboard;
import static coop.steward.organizing.dashboard.Members.total;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organizer who differences dashboards on purpose, through the API only: before and after one worker withdraws
 * aggregate consent, and against a second organization that has the same members but that one. Whatever the two
 * readings publish, their difference is never that worker's hours or pay: it stays off by at least the noise's
 * minimum distortion.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardDifferencingControllerTest {

    /** The least the permanent noise moves one worker's magnitude: 10 % (ADR 0051, {@code disclosure.Noise.A}). */
    static final double NOISE_FLOOR = 0.10;
    /**
     * What rounding can take off that, in minutes, over two readings: each sum is published to 5 minutes and shown
     * to 0.1 h here.
     */
    static final double ROUNDING_MINUTES = 2 * (2.5 + 3);
    static final String[] HOURS = {"hours", "paidHours", "unpaidHours"};

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Rollups rollups;

    BlockingHttpClient http;
    Org union;
    Org neighbours;
    Worker leaving;
    final List<Worker> staying = new ArrayList<>();

    @BeforeAll
    void setUp() {
        http = client.toBlocking();
        union = Members.union(http, "Kansas City Data Workers Union");
        neighbours = Members.union(http, "Missouri Gig Workers Centre");
        String vendor = "Hive Micro " + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 7; i++) {
            Worker worker = Members.worker(http, vendor, "US-MO", 4 + i % 4, 140 + 15 * i, 20 + 7 * i);
            Members.join(http, worker.account(), union, true);
            Members.join(http, worker.account(), neighbours, i != 3);
            if (i == 3) {
                leaving = worker;
            } else {
                staying.add(worker);
            }
        }
        rollups.refreshPending();
    }

    @Test
    void aWithdrawalAndASecondOrganizationNeverGiveTheWorkersHoursOrPay() {
        Map<String, Object> before = dashboard(http, union, "?dimension=vendor");
        Map<String, Object> neighbour = dashboard(http, neighbours, "?dimension=vendor");
        Members.consent(http, leaving.account(), union, false);
        Map<String, Object> after = dashboard(http, union, "?dimension=vendor");

        assertThat(cell(total(after), "window")).containsEntry("workers", 6);
        int compared = 0;
        compared += differenceHidesTheWorker(before, after);
        compared += differenceHidesTheWorker(before, neighbour);
        assertThat(compared).as("published pairs actually differenced").isGreaterThan(0);
        for (Map<String, Object> view : List.of(before, after, neighbour)) {
            payNeverIsTheWorkersOwn(view);
        }
    }

    /** Every period both readings publish, in the total and in every row: hours differenced stay off the worker's. */
    private int differenceHidesTheWorker(Map<String, Object> withWorker, Map<String, Object> withoutWorker) {
        int compared = 0;
        List<Map<String, Object>> rowsWith = new ArrayList<>(Members.rows(withWorker));
        rowsWith.add(total(withWorker));
        for (Map<String, Object> row : rowsWith) {
            Map<String, Object> other = row.get("coordinate") == null ? total(withoutWorker)
                    : Members.rows(withoutWorker).stream().filter(r -> row.get("coordinate").equals(r.get("coordinate")))
                    .findFirst().orElse(null);
            if (other == null) {
                continue;
            }
            for (Object p : (List<?>) withWorker.get("periods")) {
                String period = (String) ((Map<?, ?>) p).get("key");
                Map<String, Object> a = cell(row, period);
                Map<String, Object> b = cell(other, period);
                double worked = workedIn(period);
                if (worked == 0 || !"published".equals(a.get("status")) || !"published".equals(b.get("status"))) {
                    continue;
                }
                for (String measure : HOURS) {
                    if (a.get(measure) == null || b.get(measure) == null) {
                        continue;
                    }
                    double truth = measure.equals("hours") ? leaving.allMinutes() / 60.0
                            : measure.equals("paidHours") ? leaving.paidMinutes() / 60.0 : leaving.unpaidMinutes() / 60.0;
                    double differenced = ((Number) a.get(measure)).doubleValue() - ((Number) b.get(measure)).doubleValue();
                    assertThat(Math.abs(differenced - truth) / truth)
                            .as("%s %s differenced %.1f against the worker's %.1f", period, measure, differenced, truth)
                            .isGreaterThanOrEqualTo(NOISE_FLOOR - ROUNDING_MINUTES / 60 / truth);
                    compared++;
                }
            }
        }
        return compared;
    }

    /** Whether the leaving worker's month lies in the period (a month, its quarter, or the window). */
    private double workedIn(String period) {
        String month = Members.lastMonth().toString();
        String quarter = Members.lastMonth().getYear() + "-Q" + ((Members.lastMonth().getMonthValue() - 1) / 3 + 1);
        return period.equals(month) || period.equals(quarter) || period.equals("window") ? 1 : 0;
    }

    /** No published quantile of effective pay is the leaving worker's own rate to the cent. */
    @SuppressWarnings("unchecked")
    private void payNeverIsTheWorkersOwn(Map<String, Object> view) {
        long own = Math.round(leaving.netMinor() * 60.0 / leaving.allMinutes());
        List<Map<String, Object>> rows = new ArrayList<>(Members.rows(view));
        rows.add(total(view));
        for (Map<String, Object> row : rows) {
            for (Map<String, Object> cell : (List<Map<String, Object>>) row.get("cells")) {
                Map<String, Object> pay = (Map<String, Object>) cell.get("effectiveHourlyPay");
                if (pay == null) {
                    continue;
                }
                for (String quantile : List.of("p10", "median", "p90")) {
                    if (pay.get(quantile) != null) {
                        assertThat(((Number) pay.get(quantile)).longValue()).as("%s %s", cell.get("period"), quantile)
                                .isNotEqualTo(own);
                    }
                }
            }
        }
    }
}
