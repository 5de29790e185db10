package coop.steward.reliability;

import coop.steward.support.LedgerFixtures;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** JSON is read as written: no value changes its type on the way in, and a key given twice is refused. */
@MicronautTest(transactional = false)
class StrictJsonControllerTest {

    private static final String GIG = "{\"vendorName\":\"Invisible Technologies\",\"taskKind\":\"RLHF_CONVERSATION\","
            + "\"payBasis\":\"HOURLY\",\"agreedRateMinor\":1500,\"currency\":\"USD\",\"classification\":\"CONTRACTOR\","
            + "\"writtenContract\":true,\"healthBenefits\":false,\"paidLeave\":false,\"paymentTimeframeDays\":30,"
            + "\"startDate\":\"2026-09-01\",\"jurisdiction\":\"US-MO\"";

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

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "agreedRateMinor|true",
            "agreedRateMinor|\"1500\"",
            "agreedRateMinor|[1500]",
            "paymentTimeframeDays|false",
            "paymentTimeframeDays|\"30\"",
            "writtenContract|1",
            "writtenContract|\"true\"",
            "startDate|0",
            "startDate|20260901",
            "startDate|[2026,9,1]",
            "vendorName|123",
            "vendorName|true",
            "vendorName|{\"name\":\"x\"}",
            "currency|840",
            "taskKind|0",
            "jurisdiction|[]"})
    void aValueOfTheWrongJsonTypeIsRefusedNamingItsField(String field, String value) {
        String body = GIG.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,]*)", "\"" + field + "\":" + value.replace("$", "\\$")) + "}";
        assertThat(body).contains("\"" + field + "\":" + value);
        refused(() -> put(body)).hasStatus(400).hasType("validation").namesFields(field);
        assertNothingStored();
    }

    @ParameterizedTest(name = "{0} twice")
    @CsvSource(delimiter = '|', value = {
            "currency|\"EUR\"",
            "agreedRateMinor|1",
            "writtenContract|false"})
    void aKeyGivenTwiceIsRefusedNamingIt(String field, String second) {
        String body = GIG + ",\"" + field + "\":" + second + "}";
        refused(() -> put(body)).hasStatus(400).hasType("validation").namesFields(field);
        assertNothingStored();
    }

    private void put(String body) {
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + UUID.randomUUID(), body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    private void assertNothingStored() {
        List<Map<String, Object>> gigs = http.retrieve(worker.authorize(HttpRequest.GET("/api/engagements")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(gigs).isEmpty();
    }
}
