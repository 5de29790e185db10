package coop.steward.organizing.dashboard;

import coop.steward.common.audit.AuditLog;
import coop.steward.organizing.dashboard.Members.Org;
import coop.steward.organizing.rollup.Rollups;
import coop.steward.support.ProblemAssert;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.organizing.dashboard.Members.cell;
import static coop.steward.organizing.dashboard.Members.dashboard;
import static coop.steward.organizing.dashboard.Members.row;
import static coop.steward.organizing.dashboard.Members.total;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization's dashboard through the API: real figures over the members who allow them, suppressed cells with
 * their reason and no figure, the CSV of exactly those cells, k, bad input, and nobody else let in.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardControllerTest {

    static final String WINDOW = "window";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Rollups rollups;

    @Inject
    AuditLog audit;

    BlockingHttpClient http;
    /** Six members at one vendor, and one member who does not allow aggregate figures. */
    Org union;
    /** The same six, and two at a second vendor in Kenya: a cell too small to show. */
    Org centre;
    String bigVendor;
    String smallVendor;
    String month;

    @BeforeAll
    void setUp() {
        http = client.toBlocking();
        union = Members.union(http, "Kansas City Data Workers Union");
        centre = Members.union(http, "Missouri Gig Workers Centre");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        bigVendor = "Hive Micro " + suffix;
        smallVendor = "Clickworker " + suffix;
        for (int i = 0; i < 6; i++) {
            Members.Worker worker = Members.worker(http, bigVendor, "US-MO", 4 + i % 3, 150 + 10 * i, 30 + 5 * i);
            Members.join(http, worker.account(), union, true);
            Members.join(http, worker.account(), centre, true);
        }
        for (int i = 0; i < 2; i++) {
            Members.join(http, Members.worker(http, smallVendor, "KE", 3, 120, 40).account(), centre, true);
        }
        // A member who does not allow aggregate figures: a long month that must count nowhere.
        Members.join(http, Members.worker(http, bigVendor, "US-MO", 20, 300, 60).account(), union, false);
        rollups.refreshPending();
        month = Members.lastMonth().toString();
    }

    @Test
    @Order(1)
    void theOrganizerSeesRealFiguresOverTheMembersWhoAllowThem() {
        Map<String, Object> view = dashboard(http, union, "?dimension=vendor");
        assertThat(view).containsEntry("k", 5).containsEntry("dimension", "vendor").containsEntry("currency", "USD");
        assertThat((String) view.get("method")).isNotBlank();
        Map<String, Object> shown = cell(total(view), WINDOW);
        assertThat(shown).containsEntry("status", "published").containsEntry("workers", 6);
        assertThat(cell(row(view, "hive micro " + bigVendor.substring(11)), month))
                .containsEntry("status", "published").containsEntry("workers", 6);
        assertThat(((Number) shown.get("paidHours")).doubleValue()).isBetween(40.0, 160.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> pay = (Map<String, Object>) shown.get("effectiveHourlyPay");
        assertThat(pay).containsEntry("currency", "USD").containsKey("median");
        assertThat(((Number) pay.get("median")).longValue()).isBetween(700L, 1500L);
    }

    @Test
    @Order(2)
    void aCellOfTwoWorkersIsSuppressedWithItsReasonAndNoFigure() {
        Map<String, Object> view = dashboard(http, centre, "?dimension=vendor");
        Map<String, Object> small = cell(row(view, "clickworker " + smallVendor.substring(12)), WINDOW);
        assertThat(small).containsEntry("status", "suppressed").containsEntry("suppression", "TOO_FEW_WORKERS")
                .containsEntry("why", "fewer than 5 workers")
                .doesNotContainKeys("workers", "hours", "paidHours", "effectiveHourlyPay", "belowMinimumShare",
                        "latePayments", "grievances", "unpaidShare");
        // The small vendor would be the total less the big one: one of those two is suppressed as well.
        Map<String, Object> big = cell(row(view, "hive micro " + bigVendor.substring(11)), WINDOW);
        Map<String, Object> all = cell(total(view), WINDOW);
        assertThat(List.of(big.get("status"), all.get("status"))).contains("suppressed");
        Map<String, Object> jurisdictions = dashboard(http, centre, "?dimension=jurisdiction");
        assertThat(cell(row(jurisdictions, "KE"), month)).containsEntry("status", "suppressed");
    }

    @Test
    @Order(3)
    void theCsvHoldsExactlyTheCellsOfTheViewWithSuppressedOnesMarked() throws IOException {
        Map<String, Object> view = dashboard(http, centre, "?dimension=vendor");
        HttpResponse<String> response = http.exchange(centre.organizer().authorize(HttpRequest.GET(
                "/api/organizations/" + centre.id() + "/dashboard.csv?dimension=vendor")), String.class);
        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("text/csv"));
        List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        int periods = ((List<?>) view.get("periods")).size();
        assertThat(lines).hasSize((Members.rows(view).size() + 1) * periods);
        for (CSVRecord line : lines) {
            if (line.get("status").equals("suppressed")) {
                assertThat(line.get("why")).isNotBlank();
                assertThat(line.get("workers") + line.get("hours") + line.get("effective_hourly_pay_median")).isEmpty();
            } else {
                assertThat(line.get("workers")).matches("[0-9]+");
            }
        }
        CSVRecord small = lines.stream().filter(line -> line.get("label").startsWith("clickworker")
                && line.get("period").equals(WINDOW)).findFirst().orElseThrow();
        assertThat(small.get("status")).isEqualTo("suppressed");
        assertThat(small.get("why")).isEqualTo("fewer than 5 workers");
    }

    @Test
    @Order(4)
    void readingAgainWithNothingChangedGivesTheVeryFigures() {
        assertThat(dashboard(http, union, "?dimension=client")).isEqualTo(dashboard(http, union, "?dimension=client"));
    }

    @Test
    @Order(5)
    void unknownDimensionsPeriodsAndVendorsAreRefusedNamingTheField() {
        String base = "/api/organizations/" + union.id() + "/dashboard";
        ProblemAssert.refused(() -> http.exchange(union.organizer().authorize(HttpRequest.GET(base + "?dimension=worker"))))
                .hasStatus(400).namesFields("dimension");
        ProblemAssert.refused(() -> http.exchange(union.organizer().authorize(HttpRequest.GET(base + "?period=2019-01"))))
                .hasStatus(400).namesFields("period");
        ProblemAssert.refused(() -> http.exchange(union.organizer().authorize(HttpRequest.GET(
                base + ".csv?dimension=client&period=last-week")))).hasStatus(400).namesFields("period");
        ProblemAssert.refused(() -> http.exchange(union.organizer().authorize(HttpRequest.GET(
                base + "?dimension=vendor&vendor=name:anything")))).hasStatus(400).namesFields("vendor");
        ProblemAssert.refused(() -> http.exchange(union.organizer().authorize(HttpRequest.GET(
                base + "?dimension=jurisdiction&vendor=name:nobody")))).hasStatus(400).namesFields("vendor");
    }

    @Test
    @Order(6)
    void oneVendorByJurisdictionIsItsRowOfTheLinkedTable() {
        Map<String, Object> view = dashboard(http, centre, "?dimension=jurisdiction&vendor=name:hive%20micro%20"
                + bigVendor.substring(11));
        assertThat(Members.rows(view)).extracting(row -> row.get("coordinate")).contains("US-MO");
        assertThat(cell(row(view, "KE"), WINDOW)).containsEntry("status", "suppressed");
        assertThat(view.get("vendor")).isEqualTo("name:hive micro " + bigVendor.substring(11));
    }

    @Test
    @Order(7)
    void everyReadIsAuditedWithTheOrganizerAsActor() {
        dashboard(http, union, "?dimension=taskKind");
        http.exchange(union.organizer().authorize(HttpRequest.GET(
                "/api/organizations/" + union.id() + "/dashboard.csv?dimension=taskKind")), String.class);
        List<AuditLog.Entry> reads = audit.bySubject(union.id()).stream()
                .filter(entry -> entry.action().startsWith("organization.dashboard")).toList();
        assertThat(reads).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(union.organizer().id());
            assertThat(entry.actorRole()).isEqualTo("ORGANIZER");
        });
        assertThat(reads).extracting(AuditLog.Entry::action).contains(Dashboards.READ, Dashboards.CSV_READ);
    }

    @Test
    @Order(8)
    void nobodyButTheOrganizationsOrganizersSeesItsDashboard() {
        Org other = Members.union(http, "Nairobi Content Moderators Union");
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        Members.join(http, worker, union, true);
        List<SignedIn> outsiders = List.of(other.organizer(), worker, TestAccounts.withRole(http, "VENDOR"),
                TestAccounts.admin(http));
        String base = "/api/organizations/" + union.id();
        for (SignedIn outsider : outsiders) {
            assertThat(status(outsider.authorize(HttpRequest.GET(base + "/dashboard")))).isEqualTo(404);
            assertThat(status(outsider.authorize(HttpRequest.GET(base + "/dashboard.csv")))).isEqualTo(404);
            assertThat(status(outsider.authorize(HttpRequest.PUT(base + "/disclosure", Map.of("k", 9))))).isEqualTo(404);
        }
        assertThat(status(HttpRequest.GET(base + "/dashboard"))).isEqualTo(404);
        assertThat(status(HttpRequest.GET(base + "/dashboard.csv"))).isEqualTo(404);
        assertThat(status(HttpRequest.GET(base + "/dashboard").bearerAuth("expired.or.forged"))).isEqualTo(401);
        assertThat(status(HttpRequest.GET(base + "/dashboard.csv").bearerAuth("expired.or.forged"))).isEqualTo(401);
        assertThat(status(union.organizer().authorize(HttpRequest.GET("/api/organizations/" + other.id() + "/dashboard"))))
                .isEqualTo(404);
    }

    @Test
    @Order(9)
    void anOrganizerRaisesKButNeverBelowThree() {
        String path = "/api/organizations/" + union.id() + "/disclosure";
        ProblemAssert.refused(() -> http.exchange(union.organizer().authorize(HttpRequest.PUT(path, Map.of("k", 2)))))
                .hasStatus(400).namesFields("k");
        ProblemAssert.refused(() -> http.exchange(union.organizer().authorize(HttpRequest.PUT(path, Map.of()))))
                .hasStatus(400).namesFields("k");
        assertThat(http.retrieve(union.organizer().authorize(HttpRequest.PUT(path, Map.of("k", 7))), Members.MAP))
                .containsEntry("k", 7);
        Map<String, Object> view = dashboard(http, union, "?dimension=vendor");
        assertThat(view).containsEntry("k", 7);
        assertThat(cell(row(view, "hive micro " + bigVendor.substring(11)), WINDOW))
                .containsEntry("status", "suppressed").containsEntry("why", "fewer than 7 workers");
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.exchange(request, String.class).code();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }
}
