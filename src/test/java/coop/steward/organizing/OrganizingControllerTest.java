package coop.steward.organizing;

import coop.steward.organizing.Organizing.Org;
import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static coop.steward.organizing.Organizing.LIST;
import static coop.steward.organizing.Organizing.MAP;
import static org.assertj.core.api.Assertions.assertThat;

/** The scenario end to end, through HTTP, as an organizer, two workers, a third worker and an admin live it. */
@MicronautTest
class OrganizingControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anOrganizerSeesExactlyWhatEachWorkerConsentedToAndNoMoreOnceItIsWithdrawn() {
        BlockingHttpClient http = client.toBlocking();
        Org union = Organizing.kansasCityUnion(http);
        String code = Organizing.inviteMembers(http, union);
        SignedIn counted = TestAccounts.kansasCityWorker(http);
        SignedIn caseworker = TestAccounts.nairobiWorker(http);
        Organizing.join(http, counted, code);
        Organizing.join(http, caseworker, code);

        Organizing.consent(http, counted, union, "AGGREGATE", true);
        Organizing.consent(http, caseworker, union, "CASEWORK", true);
        UUID shared = Organizing.grievance(http, caseworker);
        Organizing.grievance(http, caseworker);
        Organizing.share(http, caseworker, shared, union);

        assertThat(members(http, union)).containsEntry("members", 2).containsEntry("aggregateConsents", 1)
                .containsEntry("caseworkConsents", 1).containsEntry("caseworkHandles", List.of(caseworker.handle()));
        List<Map<String, Object>> cases = http.retrieve(union.organizer().authorize(
                HttpRequest.GET("/api/organizations/" + union.id() + "/cases")), LIST);
        assertThat(cases).singleElement().satisfies(only -> {
            assertThat(only).containsEntry("workerHandle", caseworker.handle());
            assertThat(Organizing.object(only.get("grievance"))).containsEntry("id", shared.toString());
        });
        assertThat(cases.toString()).doesNotContain(counted.handle());
        assertThat(Organizing.consent(http, counted, union, "AGGREGATE", false)).containsEntry("aggregateConsent", false);
        Organizing.consent(http, caseworker, union, "CASEWORK", false);

        assertThat(members(http, union)).containsEntry("aggregateConsents", 0).containsEntry("caseworkConsents", 0)
                .containsEntry("caseworkHandles", List.of());
        assertThat(http.retrieve(union.organizer().authorize(
                HttpRequest.GET("/api/organizations/" + union.id() + "/cases")), LIST)).isEmpty();
        List<Map<String, Object>> history = http.retrieve(counted.authorize(HttpRequest.GET("/api/me/consent-history")), LIST);
        assertThat(history).extracting(line -> line.get("change"))
                .containsExactly("AGGREGATE_WITHDRAWN", "AGGREGATE_GRANTED", "JOINED");
        assertThat(Organizing.verification(http, caseworker)).containsEntry("valid", true);
    }

    @Test
    void threeSpellingsTypedByThreeWorkersResolveToOneVendorWithoutAnyChainChanging() {
        BlockingHttpClient http = client.toBlocking();
        SignedIn admin = TestAccounts.admin(http);
        SignedIn first = TestAccounts.kansasCityWorker(http);
        SignedIn second = TestAccounts.kansasCityWorker(http);
        SignedIn third = TestAccounts.nairobiWorker(http);
        UUID firstGig = gig(http, first, "Invisible Technologies", "Atlas");
        gig(http, second, "Invisible Tech", null);
        gig(http, third, "Bulba", "Bulba");
        List<Map<String, Object>> chainsBefore = List.of(Organizing.verification(http, first),
                Organizing.verification(http, second), Organizing.verification(http, third));

        // The suite's second pass shares one database, so the registry may know these names from an earlier test.
        Object vendorId = resolve(http, "Invisible Technologies").map(found -> found.get("vendorId"))
                .orElseGet(() -> http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/queue/create",
                        Map.of("name", "Invisible Technologies", "kind", "AGENCY", "country", "US",
                                "website", "https://www.invisible.co"))), MAP).get("id"));
        if (resolve(http, "Invisible Tech").isEmpty()) {
            http.exchange(admin.authorize(HttpRequest.POST("/api/registry/queue/match",
                    Map.of("name", "Invisible Tech", "vendorId", vendorId))));
        }
        if (resolve(http, "Bulba").isEmpty()) {
            http.exchange(admin.authorize(HttpRequest.POST("/api/registry/queue/match",
                    Map.of("name", "Bulba", "vendorId", vendorId, "as", "CODE_NAME"))));
        }

        assertThat(List.of("Invisible Technologies", "Invisible Tech", "Bulba"))
                .allSatisfy(typed -> assertThat(resolve(http, typed)).hasValueSatisfying(
                        found -> assertThat(found).containsEntry("vendorId", vendorId)));
        assertThat(http.retrieve(admin.authorize(HttpRequest.GET("/api/registry/queue")), LIST))
                .extracting(line -> line.get("name")).doesNotContain("Invisible Technologies", "Invisible Tech", "Bulba");
        assertThat(List.of(Organizing.verification(http, first), Organizing.verification(http, second),
                Organizing.verification(http, third))).isEqualTo(chainsBefore)
                .allSatisfy(chain -> assertThat(chain).containsEntry("valid", true));
        assertThat(http.retrieve(first.authorize(HttpRequest.GET("/api/engagements/" + firstGig)), MAP))
                .containsEntry("vendorName", "Invisible Technologies");
    }

    private static Map<String, Object> members(BlockingHttpClient http, Org union) {
        return http.retrieve(union.organizer().authorize(
                HttpRequest.GET("/api/organizations/" + union.id() + "/members")), MAP);
    }

    private static UUID gig(BlockingHttpClient http, SignedIn worker, String vendorName, String codeName) {
        Map<String, Object> body = LedgerFixtures.kansasCityRlhfGig();
        body.put("vendorName", vendorName);
        body.put("projectCodeName", codeName);
        UUID id = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, body)));
        return id;
    }

    private static Optional<Map<String, Object>> resolve(BlockingHttpClient http, String typed) {
        try {
            return Optional.of(http.retrieve(HttpRequest.GET("/api/vendors/resolve?name="
                    + URLEncoder.encode(typed, StandardCharsets.UTF_8)), MAP));
        } catch (HttpClientResponseException notKnown) {
            if (notKnown.getStatus().getCode() != 404) {
                throw notKnown;
            }
            return Optional.empty();
        }
    }
}
