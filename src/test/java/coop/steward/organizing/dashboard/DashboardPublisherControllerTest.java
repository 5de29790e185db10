package coop.steward.organizing.dashboard;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import coop.steward.organizing.dashboard.Members.Org;
import coop.steward.organizing.dashboard.Members.Worker;
import coop.steward.organizing.rollup.Rollups;
import coop.steward.support.LedgerFixtures;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static coop.steward.organizing.dashboard.Members.cell;
import static coop.steward.organizing.dashboard.Members.dashboard;
import static coop.steward.organizing.dashboard.Members.total;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Releases made in the background (ADR 0056), seen through the HTTP API: a burst of members' writes gives one new
 * release, a read answers at once while a release is being made, a release that fails leaves the last good one
 * published and says so in the log, and a worker who withdraws is gone from the very next read.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "DashboardPublisherControllerTest")
@Property(name = "steward.dashboards.min-interval", value = DashboardPublisherControllerTest.MIN_INTERVAL)
@Property(name = "steward.dashboards.check-interval", value = "200ms")
@Property(name = "steward.rollups.refresh-interval", value = "1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPublisherControllerTest {

    /** Between two releases of one publication; the rollups change only when a test refreshes them. */
    static final String MIN_INTERVAL = "8s";
    static final String WINDOW = "window";
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Rollups rollups;

    @Inject
    GatedPublicationMaker maker;

    BlockingHttpClient http;
    final ExecutorService organizer = Executors.newSingleThreadExecutor();

    record Union(Org org, String vendor, List<Worker> members) {
    }

    @BeforeAll
    void setUp() {
        http = client.toBlocking();
    }

    @AfterEach
    void openGates() {
        maker.gates.values().forEach(CountDownLatch::countDown);
        maker.gates.clear();
        maker.failures.clear();
    }

    @Test
    void aBurstOfMembersWritesGivesOneNewRelease() {
        Union union = union("Burst Workers Union");
        Map<String, Object> before = dashboard(http, union.org(), "?dimension=vendor");
        int releases = maker.made(union.org().id());

        for (Worker member : union.members().subList(0, 3)) {
            anotherEvening(member, union.vendor());
            rollups.refreshPending();
        }
        Map<String, Object> after = nextRelease(union.org(), before);
        pause(java.time.Duration.parse("PT" + MIN_INTERVAL).toMillis() + 2000);

        assertThat(hours(after)).isGreaterThan(hours(before));
        assertThat(maker.made(union.org().id()) - releases).as("releases made for three changes").isEqualTo(1);
        assertThat(dashboard(http, union.org(), "?dimension=vendor")).isEqualTo(after);
    }

    @Test
    void aReadAnswersTheLatestReleaseAtOnceWhileANewerOneIsBeingMade() throws Exception {
        Union union = union("Patient Workers Union");
        Map<String, Object> before = dashboard(http, union.org(), "?dimension=vendor");
        maker.gates.put(union.org().id(), new CountDownLatch(1));
        CountDownLatch making = maker.nextStarts(union.org().id());

        anotherEvening(union.members().get(0), union.vendor());
        rollups.refreshPending();
        assertThat(making.await(30, TimeUnit.SECONDS)).as("a new release started").isTrue();
        Map<String, Object> meanwhile = organizer.submit(() -> dashboard(http, union.org(), "?dimension=vendor"))
                .get(10, TimeUnit.SECONDS);

        assertThat(meanwhile).containsEntry("publishedAt", before.get("publishedAt")).containsEntry("newerComing", true);
        assertThat(hours(meanwhile)).isEqualTo(hours(before));
        maker.gates.remove(union.org().id()).countDown();
        assertThat(hours(nextRelease(union.org(), before))).isGreaterThan(hours(before));
    }

    @Test
    void aReleaseThatFailsLeavesTheLastGoodOnePublishedAndIsLogged() throws Exception {
        Union union = union("Steadfast Workers Union");
        Map<String, Object> before = dashboard(http, union.org(), "?dimension=vendor");
        Logger log = (Logger) LoggerFactory.getLogger(ReleaseDesk.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            maker.failures.put(union.org().id(), new IllegalStateException("the rollup tables could not be read"));
            int attempts = maker.attempted(union.org().id());
            CountDownLatch making = maker.nextStarts(union.org().id());
            anotherEvening(union.members().get(1), union.vendor());
            rollups.refreshPending();
            assertThat(making.await(30, TimeUnit.SECONDS)).as("a new release started").isTrue();
            waitUntil(() -> lines.list.stream().anyMatch(line -> line.getLevel() == Level.ERROR
                    && line.getFormattedMessage().contains(union.org().id().toString())));

            Map<String, Object> meanwhile = dashboard(http, union.org(), "?dimension=vendor");
            assertThat(meanwhile.get("publishedAt")).isEqualTo(before.get("publishedAt"));
            assertThat(hours(meanwhile)).isEqualTo(hours(before));
            assertThat(maker.attempted(union.org().id())).isGreaterThan(attempts);
            assertThat(lines.list).anySatisfy(line -> assertThat(line.getThrowableProxy().getMessage())
                    .isEqualTo("the rollup tables could not be read"));
        } finally {
            log.detachAppender(lines);
        }
        maker.failures.remove(union.org().id());
        assertThat(hours(nextRelease(union.org(), before))).isGreaterThan(hours(before));
    }

    @Test
    void aWorkerWhoWithdrawsIsGoneFromTheVeryNextRead() {
        Union union = union("Careful Workers Union");
        Map<String, Object> before = dashboard(http, union.org(), "?dimension=vendor");
        assertThat(cell(total(before), WINDOW)).containsEntry("workers", 6);

        Members.consent(http, union.members().get(2).account(), union.org(), false);
        Map<String, Object> after = dashboard(http, union.org(), "?dimension=vendor");

        assertThat(cell(total(after), WINDOW)).containsEntry("workers", 5);
        assertThat(Instant.parse((String) after.get("publishedAt")))
                .isAfter(Instant.parse((String) before.get("publishedAt")));
    }

    /** Six members who each worked a few evenings last month for one vendor, rollups up to date. */
    private Union union(String name) {
        Org org = Members.union(http, name);
        String vendor = "Hive Micro " + UUID.randomUUID().toString().substring(0, 6);
        List<Worker> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Worker worker = Members.worker(http, vendor, "US-MO", 3 + i % 3, 120 + 10 * i, 15 + 5 * i);
            Members.join(http, worker.account(), org, true);
            members.add(worker);
        }
        rollups.refreshPending();
        return new Union(org, vendor, members);
    }

    /** The member records one more evening, on a gig of its own, through the API the phone uses. */
    private void anotherEvening(Worker member, String vendor) {
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        gig.put("vendorName", vendor);
        gig.remove("projectCodeName");
        gig.put("jurisdiction", "US-MO");
        gig.put("startDate", Members.lastMonth().atDay(1).toString());
        UUID gigId = UUID.randomUUID();
        http.exchange(member.account().authorize(HttpRequest.PUT("/api/engagements/" + gigId, gig)));
        Instant start = Members.lastMonth().atDay(20).atTime(LocalTime.of(18, 0)).atZone(CHICAGO).toInstant();
        Map<String, Object> session = LedgerFixtures.eveningSession(gigId, start);
        session.put("endedAt", start.plusSeconds(3 * 3600).toString());
        LedgerFixtures.recordSession(http, member.account(), session);
    }

    /** The first read that answers a release newer than {@code before}'s. */
    private Map<String, Object> nextRelease(Org org, Map<String, Object> before) {
        for (int attempt = 0; attempt < 300; attempt++) {
            Map<String, Object> view = dashboard(http, org, "?dimension=vendor");
            if (!view.get("publishedAt").equals(before.get("publishedAt"))) {
                return view;
            }
            pause();
        }
        throw new AssertionError("no new release within a minute");
    }

    private static double hours(Map<String, Object> view) {
        Object hours = cell(total(view), WINDOW).get("paidHours");
        return hours == null ? 0 : ((Number) hours).doubleValue();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        for (int attempt = 0; attempt < 300 && !condition.getAsBoolean(); attempt++) {
            pause();
        }
        assertThat(condition.getAsBoolean()).as("within a minute").isTrue();
    }

    private static void pause() {
        pause(200);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
