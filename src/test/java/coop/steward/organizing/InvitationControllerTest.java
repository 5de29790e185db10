package coop.steward.organizing;

import coop.steward.organizing.Organizing.Org;
import coop.steward.support.MovableClock;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static coop.steward.organizing.Organizing.LIST;
import static coop.steward.organizing.Organizing.MAP;
import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Property(name = "spec.name", value = "InvitationControllerTest")
class InvitationControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MovableClock clock;

    BlockingHttpClient http;
    Org union;
    SignedIn worker;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        union = Organizing.kansasCityUnion(http);
        worker = TestAccounts.kansasCityWorker(http);
    }

    @Test
    void aWorkerJoinsWithBothConsentsOffAndTheCodeIsNeverShownAgain() {
        String code = Organizing.inviteMembers(http, union);

        Map<String, Object> joined = http.retrieve(worker.authorize(HttpRequest.POST("/api/invitations/redeem",
                Map.of("code", code.toLowerCase().replace("-", " ")))), MAP);

        assertThat(Organizing.object(joined.get("membership"))).containsEntry("aggregateConsent", false)
                .containsEntry("caseworkConsent", false);
        List<Map<String, Object>> invitations = http.retrieve(union.organizer().authorize(
                HttpRequest.GET("/api/organizations/" + union.id() + "/invitations")), LIST);
        assertThat(invitations).singleElement().satisfies(invitation -> assertThat(invitation)
                .containsEntry("uses", 1).containsEntry("state", "ACTIVE").doesNotContainKey("code"));
    }

    @Test
    void anExpiredCodeIsRefusedAndNothingIsWritten() {
        String code = Organizing.invite(http, union, Map.of("validDays", 1));
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        refused(() -> Organizing.join(http, worker, code)).hasStatus(410).hasType("invitation-expired").namesFields("code");

        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/me/memberships")), LIST)).isEmpty();
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/me/consent-history")), LIST)).isEmpty();
    }

    @Test
    void aRevokedCodeIsRefused() {
        Map<String, Object> invitation = http.retrieve(union.organizer().authorize(
                HttpRequest.POST("/api/organizations/" + union.id() + "/invitations", Map.of())), MAP);
        http.exchange(union.organizer().authorize(HttpRequest.POST("/api/organizations/" + union.id()
                + "/invitations/" + invitation.get("id") + "/revoke", Map.of())));

        refused(() -> Organizing.join(http, worker, (String) invitation.get("code"))).hasStatus(410)
                .hasType("invitation-revoked");
    }

    @Test
    void aSingleUseCodeLetsOneWorkerIn() {
        String code = Organizing.invite(http, union, Map.of());
        Organizing.join(http, worker, code);
        SignedIn late = TestAccounts.nairobiWorker(http);

        refused(() -> Organizing.join(http, late, code)).hasStatus(410).hasType("invitation-used-up");
    }

    @Test
    void joiningTwiceIsRefusedAndSpendsNoUse() {
        String code = Organizing.inviteMembers(http, union);
        Organizing.join(http, worker, code);

        refused(() -> Organizing.join(http, worker, code)).hasStatus(409).hasType("already-a-member");

        assertThat(http.retrieve(union.organizer().authorize(HttpRequest.GET("/api/organizations/" + union.id()
                + "/invitations")), LIST)).singleElement().satisfies(i -> assertThat(i).containsEntry("uses", 1));
    }

    @Test
    void anUnknownCodeIsNotFound() {
        refused(() -> Organizing.join(http, worker, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).hasStatus(404)
                .hasType("invitation-unknown");
    }

    @Test
    void anOrganizerInvitationSeatsAFurtherOrganizerAndNoWorker() {
        String code = Organizing.invite(http, union, Map.of("role", "ORGANIZER"));
        SignedIn colleague = TestAccounts.withRole(http, "ORGANIZER");

        refused(() -> Organizing.join(http, worker, code)).hasStatus(403).hasType("invitation-wrong-role");
        Organizing.join(http, colleague, code);

        assertThat(http.retrieve(colleague.authorize(HttpRequest.GET("/api/organizations")), LIST))
                .extracting(o -> o.get("id")).containsExactly(union.id().toString());
    }

    @Test
    void consentForAnOrganizationTheWorkerIsNotInIsNotFoundAndWritesNothing() {
        refused(() -> Organizing.consent(http, worker, union, "AGGREGATE", true)).hasStatus(404);

        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/me/consent-history")), LIST)).isEmpty();
    }

    @Test
    void leavingWithdrawsBothConsentsAndKeepsTheHistory() {
        Organizing.join(http, worker, Organizing.inviteMembers(http, union));
        Organizing.consent(http, worker, union, "AGGREGATE", true);
        Organizing.consent(http, worker, union, "CASEWORK", true);

        http.exchange(worker.authorize(HttpRequest.DELETE("/api/me/memberships/" + union.id())));

        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/me/memberships")), LIST)).isEmpty();
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/me/consent-history")), LIST))
                .extracting(line -> line.get("change")).containsExactlyInAnyOrder("JOINED", "AGGREGATE_GRANTED",
                        "CASEWORK_GRANTED", "AGGREGATE_WITHDRAWN", "CASEWORK_WITHDRAWN", "LEFT");
        refused(() -> http.retrieve(worker.authorize(HttpRequest.GET("/api/organizations/" + union.id())), MAP))
                .hasStatus(404);
    }

    @Test
    void anInvitationOfAnotherOrganizationCannotBeRevoked() {
        Org other = Organizing.kansasCityUnion(http);
        Map<String, Object> invitation = http.retrieve(union.organizer().authorize(
                HttpRequest.POST("/api/organizations/" + union.id() + "/invitations", Map.of())), MAP);

        refused(() -> http.exchange(other.organizer().authorize(HttpRequest.POST("/api/organizations/" + union.id()
                + "/invitations/" + invitation.get("id") + "/revoke", Map.of())))).hasStatus(404);
        refused(() -> http.exchange(other.organizer().authorize(HttpRequest.POST("/api/organizations/" + other.id()
                + "/invitations/" + invitation.get("id") + "/revoke", Map.of())))).hasStatus(404);
        Organizing.join(http, worker, (String) invitation.get("code"));
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/me/memberships")), LIST)).hasSize(1);
    }

    /** Replaces the system clock for this test only. */
    @Factory
    @Requires(property = "spec.name", value = "InvitationControllerTest")
    static class MovableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
