package coop.steward.organizing;

import coop.steward.organizing.Organizing.Org;
import coop.steward.support.LedgerFixtures;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.organizing.Organizing.LIST;
import static coop.steward.organizing.Organizing.MAP;
import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OrganizationGuidelineControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    Org union;
    SignedIn member;
    String guidelineId;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        union = Organizing.kansasCityUnion(http);
        member = TestAccounts.kansasCityWorker(http);
        Organizing.join(http, member, Organizing.inviteMembers(http, union));
        guidelineId = "kc-demands-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUploadedGuidelineIsVersionedAndReadByTheMembers() {
        Map<String, Object> first = http.retrieve(upload(agreement()), MAP);
        Map<String, Object> second = http.retrieve(upload(agreement().replace("\"2026-1\"", "\"2026-2\"")), MAP);

        assertThat(first).containsEntry("id", guidelineId).containsEntry("version", 1);
        assertThat(second).containsEntry("version", 2);
        assertThat(http.retrieve(member.authorize(HttpRequest.GET(path())), LIST)).singleElement()
                .satisfies(g -> assertThat(g).containsEntry("version", 2));
        assertThat(http.retrieve(member.authorize(HttpRequest.GET(path() + "/" + guidelineId)), MAP))
                .containsEntry("version", "2026-2");
        assertThat(http.retrieve(member.authorize(HttpRequest.GET(path() + "/" + guidelineId + "?version=1")), MAP))
                .containsEntry("version", "2026-1");
    }

    @Test
    void aBrokenGuidelineIsRefusedWithTheFileTheLineAndTheReasonAndNothingIsStored() {
        String broken = agreement().replace("comparator: at-most", "comparator: roughly");

        var problem = refused(() -> http.exchange(upload(broken))).hasStatus(400).hasType("guideline-invalid");

        assertThat(problem.fields()).singleElement().asString().startsWith("demands.yaml:");
        assertThat(problem.detail().toString()).contains("demands.yaml", "line 28", "unknown comparator");
        assertThat(http.retrieve(member.authorize(HttpRequest.GET(path())), LIST)).isEmpty();
    }

    @Test
    void aMemberAssessesTheirRecordsAndMakesAPackAgainstTheOrganizationsGuideline() {
        http.exchange(upload(agreement()));
        UUID gig = LedgerFixtures.recordGig(http, member);
        LedgerFixtures.recordSession(http, member, LedgerFixtures.eveningSession(gig, Instant.parse("2026-09-08T23:00:00Z")));

        Map<String, Object> assessment = http.retrieve(member.authorize(HttpRequest.GET(path() + "/" + guidelineId
                + "/assessment?from=2026-09-01&to=2026-09-30")), MAP);
        Map<String, Object> pack = http.retrieve(member.authorize(HttpRequest.POST("/api/evidence-packs", Map.of(
                "from", "2026-09-01", "to", "2026-09-30", "language", "en", "guidelineIds", List.of(guidelineId)))), MAP);

        assertThat(assessment.toString()).contains("paid-on-time", "minimum-wage-for-all-time");
        assertThat(pack).containsKey("id");
    }

    @Test
    void nobodyOutsideTheOrganizationSeesItsGuidelines() {
        http.exchange(upload(agreement()));
        SignedIn outsider = TestAccounts.nairobiWorker(http);
        Org other = Organizing.kansasCityUnion(http);

        refused(() -> http.exchange(outsider.authorize(HttpRequest.GET(path())))).hasStatus(404);
        refused(() -> http.exchange(other.organizer().authorize(HttpRequest.GET(path() + "/" + guidelineId)))).hasStatus(404);
        refused(() -> http.exchange(other.organizer().authorize(HttpRequest.POST(path() + "?fileName=demands.yaml",
                agreement()).contentType("application/yaml")))).hasStatus(404);
        refused(() -> http.exchange(outsider.authorize(HttpRequest.POST("/api/evidence-packs", Map.of("from", "2026-09-01",
                "to", "2026-09-30", "language", "en", "guidelineIds", List.of(guidelineId)))))).hasStatus(400)
                .namesFields("guidelineIds");
    }

    private MutableHttpRequest<String> upload(String yaml) {
        return union.organizer().authorize(HttpRequest.POST(path() + "?fileName=demands.yaml", yaml)
                .contentType("application/yaml"));
    }

    private String path() {
        return "/api/organizations/" + union.id() + "/guidelines";
    }

    private String agreement() {
        try (InputStream in = getClass().getResourceAsStream("/organizing/kc-union-agreement.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("GUIDELINE_ID", guidelineId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
