package coop.steward.demo;

import coop.steward.organizing.rollup.Rollups;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import coop.steward.vendor.AddNameRequest;
import coop.steward.vendor.CreateVendorRequest;
import coop.steward.vendor.VendorKind;
import coop.steward.vendor.VendorNameKind;
import coop.steward.vendor.VendorRegistry;
import coop.steward.vendor.VendorView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's members, recorded for fresh accounts in a fresh union (vendor names made unique, because the suite's
 * second pass shares one database), give a dashboard with published and suppressed cells, and Invisible Technologies'
 * Missouri trainers a median effective pay below Missouri's minimum wage.
 */
@MicronautTest(transactional = false)
class DemoDashboardTest extends DemoRecording {

    @Inject
    VendorRegistry registry;

    @Inject
    Rollups rollups;

    @Test
    @SuppressWarnings("unchecked")
    void theDemoUnionsDashboardHasRealFiguresSuppressedCellsAndTheContestedVendorBelowTheMinimum() {
        BlockingHttpClient http = client.toBlocking();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        VendorView invisible = registry.create(new CreateVendorRequest("Invisible Technologies " + suffix,
                VendorKind.AGENCY, "US", null));
        registry.addName(invisible.id(), new AddNameRequest("Invisible Tech " + suffix, VendorNameKind.ALIAS, null));
        VendorView scale = registry.create(new CreateVendorRequest("Scale AI " + suffix, VendorKind.PLATFORM, "US", null));
        registry.addName(scale.id(), new AddNameRequest("Remotasks " + suffix, VendorNameKind.ALIAS, null));

        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");
        String orgId = (String) http.retrieve(TestAccounts.admin(http).authorize(HttpRequest.POST("/api/admin/organizations",
                Map.of("name", "Kansas City Data Workers Union " + suffix, "kind", "UNION", "country", "US",
                        "description", "The demo union.", "organizerHandle", organizer.handle()))), JSON).get("id");
        String code = (String) http.retrieve(organizer.authorize(HttpRequest.POST("/api/organizations/" + orgId
                + "/invitations", Map.of("maxUses", 50, "validDays", 30))), JSON).get("code");
        DemoMembers members = members();
        assertThat(DemoMembers.MEMBERS).hasSizeGreaterThanOrEqualTo(14);
        for (int i = 0; i < DemoMembers.MEMBERS.size(); i++) {
            DemoMembers.Member demo = DemoMembers.MEMBERS.get(i);
            DemoMembers.Member member = new DemoMembers.Member(demo.handle(), demo.timeZone(), demo.jurisdiction(),
                    demo.vendorName() + " " + suffix, demo.codeName(), demo.client(), demo.taskKind(), demo.rateMinor(),
                    demo.unpaidPerSession());
            SignedIn worker = TestAccounts.worker(http, "demo", member.timeZone(), member.jurisdiction());
            members.record(worker.id(), member, i);
            http.exchange(worker.authorize(HttpRequest.POST("/api/invitations/redeem", Map.of("code", code))));
            http.exchange(worker.authorize(HttpRequest.PUT("/api/me/memberships/" + orgId + "/consents/AGGREGATE",
                    Map.of("granted", true))));
        }
        rollups.refreshPending();

        Map<String, Object> byVendor = http.retrieve(organizer.authorize(HttpRequest.GET(
                "/api/organizations/" + orgId + "/dashboard?dimension=vendor")), JSON);
        List<Map<String, Object>> cells = ((List<Map<String, Object>>) byVendor.get("rows")).stream()
                .flatMap(row -> ((List<Map<String, Object>>) row.get("cells")).stream()).toList();
        assertThat(cells).extracting(cell -> cell.get("status")).contains("published", "suppressed");
        assertThat(((List<Map<String, Object>>) byVendor.get("rows"))).hasSizeGreaterThanOrEqualTo(2);

        Map<String, Object> invisibleByPlace = http.retrieve(organizer.authorize(HttpRequest.GET(
                "/api/organizations/" + orgId + "/dashboard?dimension=jurisdiction&vendor=" + invisible.id())), JSON);
        Map<String, Object> missouri = ((List<Map<String, Object>>) invisibleByPlace.get("rows")).stream()
                .filter(row -> "US-MO".equals(row.get("coordinate"))).findFirst().orElseThrow();
        Map<String, Object> window = ((List<Map<String, Object>>) missouri.get("cells")).stream()
                .filter(cell -> "window".equals(cell.get("period"))).findFirst().orElseThrow();
        assertThat(window).containsEntry("status", "published");
        assertThat((Integer) window.get("workers")).isGreaterThanOrEqualTo(6);
        long median = ((Number) ((Map<String, Object>) window.get("effectiveHourlyPay")).get("median")).longValue();
        long minimum = ((List<Map<String, Object>>) invisibleByPlace.get("minimumWages")).stream()
                .filter(wage -> "US-MO".equals(wage.get("jurisdiction")))
                .map(wage -> ((Number) wage.get("hourlyMinor")).longValue()).findFirst().orElseThrow();
        assertThat(median).isLessThan(minimum);
    }
}
