package coop.steward.vendor;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class RegistryControllerTest {

    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    SignedIn admin;
    String suffix;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        admin = TestAccounts.admin(http);
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theQueueCountsWorkersPerTypedNameAndNeverNamesThem() {
        SignedIn first = TestAccounts.kansasCityWorker(http);
        SignedIn second = TestAccounts.nairobiWorker(http);
        gig(first, "Sama Source " + suffix);
        gig(first, "sama source " + suffix);
        gig(second, "Sama  Source " + suffix);

        List<Map<String, Object>> queue = http.retrieve(admin.authorize(HttpRequest.GET("/api/registry/queue")), LIST);

        Map<String, Object> entry = queue.stream()
                .filter(line -> ((String) line.get("name")).toLowerCase().contains(suffix)).findFirst().orElseThrow();
        assertThat(entry).containsOnlyKeys("name", "workers").containsEntry("workers", 2);
        assertThat(queue.toString()).doesNotContain(first.handle(), second.handle(), first.id().toString());
    }

    @Test
    void aMatchedNameLeavesTheQueueAndResolvesWithoutTouchingTheWorkersRecords() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = gig(worker, "Remotasks PH " + suffix);
        Map<String, Object> before = http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")), MAP);
        Map<String, Object> vendor = createVendor("Scale AI " + suffix, "PLATFORM");

        http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/queue/match",
                Map.of("name", "Remotasks PH " + suffix, "vendorId", vendor.get("id")))), MAP);

        assertThat(queueNames()).doesNotContain("Remotasks PH " + suffix);
        Map<String, Object> resolved = http.retrieve(HttpRequest.GET("/api/vendors/resolve?name=remotasks%20ph%20" + suffix), MAP);
        assertThat(resolved).containsEntry("vendorId", vendor.get("id")).containsEntry("matchedAs", "ALIAS");
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/engagements/" + gig)), MAP))
                .containsEntry("vendorName", "Remotasks PH " + suffix);
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")), MAP)).isEqualTo(before);
    }

    @Test
    void aRejectedNameLeavesTheQueue() {
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        gig(worker, "my cousin's friend " + suffix);

        http.exchange(admin.authorize(HttpRequest.POST("/api/registry/queue/reject",
                Map.of("name", "My cousin's friend " + suffix))));

        assertThat(queueNames()).doesNotContain("my cousin's friend " + suffix);
    }

    @Test
    void aCodeNameResolvesToItsVendorAndClient() {
        Map<String, Object> client = createVendor("Frontier Lab " + suffix, "CLIENT");
        Map<String, Object> vendor = createVendor("Outlier " + suffix, "PLATFORM");

        http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/vendors/" + vendor.get("id") + "/names",
                Map.of("name", "Project Nightjar " + suffix, "kind", "CODE_NAME", "clientId", client.get("id")))), MAP);

        Map<String, Object> resolved = http.retrieve(
                HttpRequest.GET("/api/vendors/resolve?codeName=project%20nightjar%20" + suffix), MAP);
        assertThat(resolved).containsEntry("vendorId", vendor.get("id")).containsEntry("matchedAs", "CODE_NAME")
                .containsEntry("clientId", client.get("id"));
    }

    @Test
    void aNameAlreadyInTheRegistryCannotBeAddedTwice() {
        createVendor("Appen " + suffix, "AGENCY");

        refused(() -> http.exchange(admin.authorize(HttpRequest.POST("/api/registry/vendors",
                Map.of("name", "APPEN " + suffix, "kind", "AGENCY"))))).hasStatus(409).hasType("vendor-name-taken")
                .namesFields("name");
    }

    @Test
    void theAppSuggestsRegistryNamesAsAWorkerTypes() {
        Map<String, Object> vendor = createVendor("Invisible Labs " + suffix, "AGENCY");
        http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/vendors/" + vendor.get("id") + "/names",
                Map.of("name", "Labs of " + suffix, "kind", "ALIAS"))), MAP);
        SignedIn worker = TestAccounts.kansasCityWorker(http);

        List<Map<String, Object>> typed = http.retrieve(worker.authorize(
                HttpRequest.GET("/api/vendors/suggestions?q=" + suffix)), LIST);

        assertThat(typed).extracting(s -> s.get("vendorId")).containsOnly(vendor.get("id"));
        assertThat(typed).extracting(s -> s.get("name")).contains("Labs of " + suffix);
    }

    @Test
    void onlyAdminsAndAppointedCuratorsCurate() {
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        SignedIn vendor = TestAccounts.withRole(http, "VENDOR");

        refused(() -> http.exchange(organizer.authorize(HttpRequest.GET("/api/registry/queue")))).hasStatus(403);
        refused(() -> http.exchange(worker.authorize(HttpRequest.GET("/api/registry/queue")))).hasStatus(403);
        refused(() -> http.exchange(vendor.authorize(HttpRequest.GET("/api/registry/queue")))).hasStatus(403);
        refused(() -> http.exchange(HttpRequest.GET("/api/registry/queue"))).hasStatus(401);

        http.exchange(admin.authorize(HttpRequest.PUT("/api/admin/curators/" + organizer.id(), Map.of())));

        assertThat(http.retrieve(organizer.authorize(HttpRequest.GET("/api/registry/queue")), LIST)).isNotNull();
        refused(() -> http.exchange(admin.authorize(HttpRequest.PUT("/api/admin/curators/" + worker.id(), Map.of()))))
                .hasStatus(404);
    }

    @Test
    void anAdminLinksAVendorAccountToItsVendor() {
        SignedIn account = TestAccounts.withRole(http, "VENDOR");
        Map<String, Object> vendor = createVendor("Sama " + suffix, "BPO");
        refused(() -> http.retrieve(account.authorize(HttpRequest.GET("/api/vendor/me")), MAP)).hasStatus(404);

        http.exchange(admin.authorize(HttpRequest.PUT("/api/admin/vendor-accounts/" + account.id(),
                Map.of("vendorId", vendor.get("id")))));

        assertThat(http.retrieve(account.authorize(HttpRequest.GET("/api/vendor/me")), MAP))
                .containsEntry("id", vendor.get("id"));
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        refused(() -> http.exchange(admin.authorize(HttpRequest.PUT("/api/admin/vendor-accounts/" + worker.id(),
                Map.of("vendorId", vendor.get("id")))))).hasStatus(404);
    }

    private UUID gig(SignedIn worker, String vendorName) {
        Map<String, Object> body = LedgerFixtures.kansasCityRlhfGig();
        body.put("vendorName", vendorName);
        UUID id = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, body)));
        return id;
    }

    private Map<String, Object> createVendor(String name, String kind) {
        return http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/vendors",
                Map.of("name", name, "kind", kind, "country", "US"))), MAP);
    }

    private List<Object> queueNames() {
        return http.retrieve(admin.authorize(HttpRequest.GET("/api/registry/queue")), LIST).stream()
                .map(line -> line.get("name")).toList();
    }
}
