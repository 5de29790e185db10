package coop.steward.grievance;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-worker allowance, lowered so a test need not upload 100 MiB. */
@MicronautTest
@Property(name = "steward.attachments.max-bytes-per-worker", value = "1000")
class AttachmentQuotaControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anUploadThatWouldPassTheWorkersAllowanceIsRefusedAcrossAllTheirGrievances() {
        BlockingHttpClient http = client.toBlocking();
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, worker);
        UUID unpaid = GrievanceFixtures.record(http, worker, GrievanceFixtures.unpaidFortnight(gig));
        UUID removed = GrievanceFixtures.record(http, worker, GrievanceFixtures.removedAfterReport(gig));
        byte[] notes = "Timesheet for the week of 14 September: 38 hours, 6 of them waiting for tasks.\n".repeat(8)
                .getBytes();

        upload(http, worker, unpaid, notes);
        refused(() -> upload(http, worker, removed, notes))
                .hasStatus(413).hasType("attachment-quota-exceeded").namesFields("file");

        List<Map> kept = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + removed + "/attachments")),
                Argument.listOf(Map.class));
        assertThat(notes.length).isBetween(501, 1000);
        assertThat(kept).isEmpty();
    }

    private static void upload(BlockingHttpClient http, SignedIn worker, UUID grievance, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", "timesheet.txt", MediaType.TEXT_PLAIN_TYPE, bytes).build();
        http.exchange(worker.authorize(HttpRequest.POST("/api/grievances/" + grievance + "/attachments", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)));
    }
}
