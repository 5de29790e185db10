package coop.steward.vendor.certification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static coop.steward.vendor.certification.VendorFixtures.FAIRWORK;
import static coop.steward.vendor.certification.VendorFixtures.LIST;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ConcurrentStartControllerTest {

    private static final int AT_ONCE = 8;

    @Inject
    @Client("/")
    HttpClient client;

    /** Each answer's status and, for a refusal, its media type and problem type. */
    private record Answer(int status, String contentType, String body) {
    }

    @Test
    void startsSentAtOnceOpenOneDraftAndEveryOtherAnswerIsTheDraftOrAConflictNeverAServerError() throws Exception {
        BlockingHttpClient http = client.toBlocking();
        VendorFixtures.VendorAccount vendor = VendorFixtures.labelingAgency(http, "Northwind Annotation");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<Answer>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return start(http, vendor);
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> each : sent) {
                answers.add(each.get());
            }

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isIn(200, 201, 409));
            assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(answer -> {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.body()).contains("certification-start-raced");
            });
            List<Map<String, Object>> drafts = http.retrieve(vendor.authorize(
                    HttpRequest.GET(CertificationControllerTest.PATH)), LIST);
            assertThat(drafts).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Answer start(BlockingHttpClient http, VendorFixtures.VendorAccount vendor) {
        try {
            HttpResponse<String> ok = http.exchange(vendor.authorize(HttpRequest.POST(CertificationControllerTest.PATH,
                    Map.of("guidelineId", FAIRWORK))), String.class);
            return new Answer(ok.code(), ok.getContentType().map(Object::toString).orElse(""), ok.body());
        } catch (HttpClientResponseException refused) {
            return new Answer(refused.code(), refused.getResponse().getContentType().map(Object::toString).orElse(""),
                    refused.getResponse().getBody(String.class).orElse(""));
        }
    }
}
