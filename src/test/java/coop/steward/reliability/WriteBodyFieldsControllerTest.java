package coop.steward.reliability;

import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write body is read by one rule: a key the request does not define is refused naming it, and a value of
 * the wrong type names its field as the client wrote it, including the token endpoints' snake_case fields and
 * items of a list.
 */
@MicronautTest(transactional = false)
class WriteBodyFieldsControllerTest {

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    SignedIn worker;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
    }

    @Test
    void aProfileChangeWithAnUnknownKeyIsRefusedNamingItAndChangesNothing() {
        refused(() -> json("PATCH", "/api/me", "{\"locale\":\"fr\",\"nickname\":\"Amina\"}"))
                .hasStatus(400).hasType("validation").namesFields("nickname");
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/me")), MAP)).containsEntry("locale", "en");
    }

    @Test
    void aRecordWithAnUnknownKeyIsRefusedNamingIt() {
        refused(() -> json("PUT", "/api/engagements/" + UUID.randomUUID(), "{\"vendorName\":\"Appen\",\"hourlyRate\":15}"))
                .hasStatus(400).hasType("validation").namesFields("hourlyRate");
    }

    @Test
    void aRefreshTokenOfTheWrongTypeIsNamedAsTheClientWroteIt() {
        refused(() -> http.exchange(HttpRequest.POST("/oauth/access_token",
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":12345}").contentType(MediaType.APPLICATION_JSON_TYPE)))
                .hasStatus(400).hasType("validation").namesFields("refresh_token");
        refused(() -> http.exchange(HttpRequest.POST("/oauth/access_token",
                "{\"grant_type\":true,\"refresh_token\":\"x\"}").contentType(MediaType.APPLICATION_JSON_TYPE)))
                .hasStatus(400).hasType("validation").namesFields("grant_type");
    }

    @Test
    void aSignOutOfTheWrongTypeOrWithAnUnknownKeyIsRefusedAndSignsNothingOut() {
        refused(() -> json("POST", "/logout", "{\"refresh_token\":[1,2]}"))
                .hasStatus(400).hasType("validation").namesFields("refresh_token");
        refused(() -> json("POST", "/logout", "{\"everywhere\":true}"))
                .hasStatus(400).hasType("validation").namesFields("everywhere");
        refused(() -> json("POST", "/logout", "[\"refresh_token\"]")).hasStatus(400);
        Map<String, Object> refreshed = http.retrieve(HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", worker.refreshToken())), MAP);
        assertThat(refreshed).containsKey("access_token");
    }

    @Test
    void aWrongItemInAPackRequestListIsNamedWithItsIndexAfterTheList() {
        refused(() -> json("POST", "/api/evidence-packs", packWithSecondEngagement("{}")))
                .hasStatus(400).hasType("validation").namesFields("engagementIds[1]");
    }

    /** Serde reports no index for a scalar item, so the list is named: the closest field the client wrote. */
    @ParameterizedTest
    @ValueSource(strings = {"\"not-a-uuid\"", "5", "true"})
    void aWrongScalarInAPackRequestListNamesTheList(String item) {
        refused(() -> json("POST", "/api/evidence-packs", packWithSecondEngagement(item)))
                .hasStatus(400).hasType("validation").namesFields("engagementIds");
    }

    private static String packWithSecondEngagement(String item) {
        return "{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\",\"language\":\"en\",\"engagementIds\":[\""
                + UUID.randomUUID() + "\"," + item + "]}";
    }

    @Test
    void aConsentWhoseGrantedIsNotABooleanNamesGranted() {
        refused(() -> json("PUT", "/api/me/memberships/" + UUID.randomUUID() + "/consents/AGGREGATE", "{\"granted\":\"yes\"}"))
                .hasStatus(400).hasType("validation").namesFields("granted");
    }

    private void json(String method, String path, String body) {
        http.exchange(worker.authorize(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
                .body(body).contentType(MediaType.APPLICATION_JSON_TYPE)));
    }
}
