package coop.steward.organizing;

import coop.steward.organizing.Organizing.Org;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
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

import static coop.steward.organizing.Organizing.LIST;
import static coop.steward.organizing.Organizing.MAP;
import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class CaseworkControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    Org union;
    SignedIn worker;
    UUID grievance;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        union = Organizing.kansasCityUnion(http);
        worker = TestAccounts.kansasCityWorker(http);
        Organizing.join(http, worker, Organizing.inviteMembers(http, union));
        grievance = Organizing.grievance(http, worker);
    }

    @Test
    void sharingNeedsCaseworkConsentAndWritesNothingWithoutIt() {
        int entries = entries();

        refused(() -> Organizing.share(http, worker, grievance, union)).hasStatus(409)
                .hasType("casework-consent-required").namesFields("organizationId");

        assertThat(entries()).isEqualTo(entries);
        assertThat(status()).isEqualTo("OPEN");
        assertThat(http.retrieve(union.organizer().authorize(cases()), LIST)).isEmpty();
    }

    @Test
    void aSharedGrievanceIsSeenWithItsHandleAndNotesWithoutTheNoteEnteringTheChain() {
        Organizing.consent(http, worker, union, "CASEWORK", true);
        Organizing.share(http, worker, grievance, union);
        int afterShare = entries();

        Map<String, Object> note = http.retrieve(union.organizer().authorize(HttpRequest.POST(
                casePath() + "/notes", Map.of("body", "We have three more late payouts from this vendor; call us."))), MAP);

        assertThat(note).containsEntry("author", union.organizer().handle());
        assertThat(entries()).isEqualTo(afterShare);
        Map<String, Object> seen = http.retrieve(union.organizer().authorize(HttpRequest.GET(casePath())), MAP);
        assertThat(seen).containsEntry("workerHandle", worker.handle()).containsOnlyKeys(
                "grievance", "workerHandle", "sharedAt", "notes");
        assertThat(Organizing.object(seen.get("grievance"))).containsEntry("status", "SHARED_WITH_ORGANIZATION")
                .containsKeys("attachments", "letters");
        Map<String, Object> share = http.retrieve(worker.authorize(HttpRequest.GET(sharePath())), MAP);
        assertThat(Organizing.objects(share.get("notes"))).extracting(n -> n.get("body"))
                .containsExactly("We have three more late payouts from this vendor; call us.");
        assertThat(Organizing.verification(http, worker)).containsEntry("valid", true);
    }

    @Test
    void escalationChangesOnlyTheStatusThroughTheWorkersChain() {
        Organizing.consent(http, worker, union, "CASEWORK", true);
        Organizing.share(http, worker, grievance, union);
        int afterShare = entries();

        Map<String, Object> escalated = http.retrieve(union.organizer().authorize(
                HttpRequest.POST(casePath() + "/escalate", Map.of())), MAP);

        assertThat(Organizing.object(escalated.get("grievance"))).containsEntry("status", "ESCALATED")
                .containsEntry("narrative", "The September payout came 41 days after the period closed, not the 30 promised.");
        assertThat(escalated.get("escalatedAt")).isNotNull();
        assertThat(entries()).isEqualTo(afterShare + 1);
        assertThat(Organizing.verification(http, worker)).containsEntry("valid", true);
        List<Map<String, Object>> history = http.retrieve(worker.authorize(
                HttpRequest.GET("/api/grievances/" + grievance + "/history")), LIST);
        assertThat(history).extracting(h -> (Object) ((Map<?, ?>) h.get("record")).get("status"))
                .containsExactly("OPEN", "SHARED_WITH_ORGANIZATION", "ESCALATED");
    }

    @Test
    void unsharingEndsTheOrganizationsAccessAtOnce() {
        Organizing.consent(http, worker, union, "CASEWORK", true);
        Organizing.share(http, worker, grievance, union);

        http.exchange(worker.authorize(HttpRequest.DELETE(sharePath())));

        refused(() -> http.retrieve(union.organizer().authorize(HttpRequest.GET(casePath())), MAP)).hasStatus(404);
        refused(() -> http.exchange(union.organizer().authorize(HttpRequest.POST(casePath() + "/notes",
                Map.of("body", "still here?"))))).hasStatus(404);
        assertThat(http.retrieve(union.organizer().authorize(cases()), LIST)).isEmpty();
        assertThat(status()).isEqualTo("OPEN");
    }

    @Test
    void withdrawingCaseworkConsentUnsharesEverything() {
        Organizing.consent(http, worker, union, "CASEWORK", true);
        UUID second = Organizing.grievance(http, worker);
        Organizing.share(http, worker, grievance, union);
        Organizing.share(http, worker, second, union);

        Organizing.consent(http, worker, union, "CASEWORK", false);

        assertThat(http.retrieve(union.organizer().authorize(cases()), LIST)).isEmpty();
        refused(() -> http.retrieve(worker.authorize(HttpRequest.GET(sharePath())), MAP)).hasStatus(404);
    }

    @Test
    void aWorkerCannotSetTheCaseworkStatusesByCorrectingTheGrievance() {
        Map<String, Object> current = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + grievance)), MAP);
        current.put("status", "ESCALATED");
        // What the view adds to the request (id, revision, case file) is no field of a correction.
        List.of("id", "revision", "recordedAt", "recordedLate", "attachments", "letters").forEach(current::remove);

        refused(() -> http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + grievance, current)
                .header("If-Match", "\"1\"")))).hasStatus(400).namesFields("status");
    }

    @Test
    void anOrganizerOfAnotherOrganizationFindsNothing() {
        Organizing.consent(http, worker, union, "CASEWORK", true);
        Organizing.share(http, worker, grievance, union);
        Org other = Organizing.kansasCityUnion(http);

        refused(() -> http.retrieve(other.organizer().authorize(HttpRequest.GET(casePath())), MAP)).hasStatus(404);
        refused(() -> http.retrieve(other.organizer().authorize(cases()), LIST)).hasStatus(404);
        refused(() -> http.retrieve(other.organizer().authorize(HttpRequest.GET(
                "/api/organizations/" + other.id() + "/cases/" + grievance)), MAP)).hasStatus(404);
    }

    @Test
    void theWorkerSeesWhoReadTheirGrievance() {
        Organizing.consent(http, worker, union, "CASEWORK", true);
        Organizing.share(http, worker, grievance, union);
        http.retrieve(union.organizer().authorize(HttpRequest.GET(casePath())), MAP);

        List<Map<String, Object>> log = http.retrieve(worker.authorize(HttpRequest.GET("/api/me/access-log")), LIST);

        assertThat(log).anySatisfy(line -> assertThat(line).containsEntry("actor", union.organizer().handle())
                .containsEntry("actorRole", "ORGANIZER").containsEntry("action", "casework.case-read")
                .containsEntry("subjectId", grievance.toString()));
    }

    private int entries() {
        return ((Number) Organizing.verification(http, worker).get("entries")).intValue();
    }

    private String status() {
        return (String) http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + grievance)), MAP).get("status");
    }

    private MutableHttpRequest<Object> cases() {
        return HttpRequest.GET("/api/organizations/" + union.id() + "/cases");
    }

    private String casePath() {
        return "/api/organizations/" + union.id() + "/cases/" + grievance;
    }

    private String sharePath() {
        return "/api/grievances/" + grievance + "/share";
    }
}
