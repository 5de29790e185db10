package coop.steward.organizing;

import coop.steward.organizing.Organizing.Org;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every organizing and registry route against the eight principals: what each may see, and that everything else is
 * refused without a leak (404 for data the caller may not see, 403 for a role that never may, 401 signed out).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizingAccessMatrixControllerTest {

    enum Principal { WORKER, OTHER_WORKER, ORGANIZER, OTHER_ORGANIZER, CURATOR, VENDOR, ADMIN, ANONYMOUS }

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    final Map<Principal, SignedIn> principals = new EnumMap<>(Principal.class);
    Org union;
    UUID grievance;
    String narrative;

    @BeforeAll
    void setUp() {
        http = client.toBlocking();
        union = Organizing.kansasCityUnion(http);
        Org other = Organizing.kansasCityUnion(http);
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        Organizing.join(http, worker, Organizing.inviteMembers(http, union));
        Organizing.consent(http, worker, union, "CASEWORK", true);
        grievance = Organizing.grievance(http, worker);
        Organizing.share(http, worker, grievance, union);
        narrative = (String) Organizing.object(http.retrieve(union.organizer().authorize(
                HttpRequest.GET("/api/organizations/" + union.id() + "/cases/" + grievance)), Organizing.MAP)
                .get("grievance")).get("narrative");
        SignedIn curator = TestAccounts.withRole(http, "ORGANIZER");
        SignedIn admin = TestAccounts.admin(http);
        http.exchange(admin.authorize(HttpRequest.PUT("/api/admin/curators/" + curator.id(), Map.of())));
        principals.put(Principal.WORKER, worker);
        principals.put(Principal.OTHER_WORKER, TestAccounts.nairobiWorker(http));
        principals.put(Principal.ORGANIZER, union.organizer());
        principals.put(Principal.OTHER_ORGANIZER, other.organizer());
        principals.put(Principal.CURATOR, curator);
        principals.put(Principal.VENDOR, TestAccounts.withRole(http, "VENDOR"));
        principals.put(Principal.ADMIN, admin);
    }

    Stream<Arguments> routes() {
        String org = "/api/organizations/" + union.id();
        String caseOf = org + "/cases/" + grievance;
        String share = "/api/grievances/" + grievance + "/share";
        return Stream.of(
                route("GET organization", u -> HttpRequest.GET(org), 200, 404, 200, 404, 404, 404, 404),
                route("GET members", u -> HttpRequest.GET(org + "/members"), 403, 403, 200, 404, 404, 403, 403),
                route("GET invitations", u -> HttpRequest.GET(org + "/invitations"), 403, 403, 200, 404, 404, 403, 403),
                route("GET cases", u -> HttpRequest.GET(org + "/cases"), 403, 403, 200, 404, 404, 403, 403),
                route("GET case", u -> HttpRequest.GET(caseOf), 403, 403, 200, 404, 404, 403, 403),
                route("POST note", u -> HttpRequest.POST(caseOf + "/notes", Map.of("body", "Called the vendor.")),
                        403, 403, 201, 404, 404, 403, 403),
                route("GET guidelines", u -> HttpRequest.GET(org + "/guidelines"), 200, 404, 200, 404, 404, 404, 404),
                route("GET share", u -> HttpRequest.GET(share), 200, 404, 403, 403, 403, 403, 403),
                route("PUT share", u -> HttpRequest.PUT(share, Map.of("organizationId", union.id().toString())),
                        200, 404, 403, 403, 403, 403, 403),
                route("PUT consent", u -> HttpRequest.PUT("/api/me/memberships/" + union.id() + "/consents/CASEWORK",
                        Map.of("granted", true)), 200, 404, 403, 403, 403, 403, 403),
                route("GET memberships", u -> HttpRequest.GET("/api/me/memberships"), 200, 200, 403, 403, 403, 403, 403),
                route("GET consent history", u -> HttpRequest.GET("/api/me/consent-history"), 200, 200, 403, 403, 403, 403, 403),
                route("GET access log", u -> HttpRequest.GET("/api/me/access-log"), 200, 200, 403, 403, 403, 403, 403),
                route("GET registry queue", u -> HttpRequest.GET("/api/registry/queue"), 403, 403, 403, 403, 200, 403, 200),
                route("GET admin organizations", u -> HttpRequest.GET("/api/admin/organizations"), 403, 403, 403, 403, 403, 403, 200),
                route("GET vendor of the account", u -> HttpRequest.GET("/api/vendor/me"), 403, 403, 403, 403, 403, 404, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void eachPrincipalGetsExactlyItsAnswerAndNoRefusalLeaksTheGrievance(String name,
            Function<UUID, MutableHttpRequest<?>> request, Map<Principal, Integer> expected) {
        List<String> wrong = new ArrayList<>();
        for (Principal principal : Principal.values()) {
            MutableHttpRequest<?> call = request.apply(grievance);
            if (principal != Principal.ANONYMOUS) {
                call = principals.get(principal).authorize(call);
            }
            int status;
            String body;
            try {
                HttpResponse<String> response = http.exchange(call, String.class);
                status = response.code();
                body = "";
            } catch (HttpClientResponseException refused) {
                status = refused.getStatus().getCode();
                body = refused.getResponse().getBody(String.class).orElse("");
            }
            if (status != expected.get(principal)) {
                wrong.add(principal + " got " + status + ", not " + expected.get(principal));
            }
            if (status >= 400 && body.contains(narrative)) {
                wrong.add(principal + " was refused with the grievance in the body");
            }
        }
        assertThat(wrong).as(name).isEmpty();
    }

    private static Arguments route(String name, Function<UUID, MutableHttpRequest<?>> request, int worker,
                                   int otherWorker, int organizer, int otherOrganizer, int curator, int vendor,
                                   int admin) {
        Map<Principal, Integer> expected = new EnumMap<>(Principal.class);
        expected.put(Principal.WORKER, worker);
        expected.put(Principal.OTHER_WORKER, otherWorker);
        expected.put(Principal.ORGANIZER, organizer);
        expected.put(Principal.OTHER_ORGANIZER, otherOrganizer);
        expected.put(Principal.CURATOR, curator);
        expected.put(Principal.VENDOR, vendor);
        expected.put(Principal.ADMIN, admin);
        expected.put(Principal.ANONYMOUS, 401);
        return Arguments.of(name, request, expected);
    }
}
