package coop.steward.grievance;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.StatementCounter;
import coop.steward.support.StatementCounter.Counted;
import coop.steward.support.TestAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "statement-counter", value = "on")
class GrievanceListingQueriesTest {

    private static final int MANY = 30;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Grievances grievances;

    @Inject
    GrievanceAttachments attachments;

    @Inject
    GrievanceLetters letters;

    @Test
    void listingThirtyGrievancesWithTheirFilesAndLettersTakesNoMoreStatementsThanListingOne() {
        BlockingHttpClient http = client.toBlocking();
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        UUID gig = LedgerFixtures.recordGig(http, worker);
        byte[] screenshot = SampleFiles.screenshotPng();
        recordWithFileAndLetter(http, worker, gig, screenshot);

        Counted<List<GrievanceView>> one = StatementCounter.count(() -> grievances.list(worker.id()));
        for (int i = 1; i < MANY; i++) {
            recordWithFileAndLetter(http, worker, gig, screenshot);
        }
        Counted<List<GrievanceView>> many = StatementCounter.count(() -> grievances.list(worker.id()));

        assertThat(one.result()).hasSize(1);
        assertThat(many.result()).hasSize(MANY).allSatisfy(grievance -> {
            assertThat(grievance.attachments()).hasSize(1);
            assertThat(grievance.letters()).hasSize(1);
        });
        assertThat(one.statements()).isPositive();
        assertThat(many.statements()).isEqualTo(one.statements());
    }

    private void recordWithFileAndLetter(BlockingHttpClient http, SignedIn worker, UUID gig, byte[] screenshot) {
        UUID grievance = GrievanceFixtures.record(http, worker, GrievanceFixtures.unpaidFortnight(gig));
        attachments.attach(worker.id(), grievance, screenshot, "payment-screen.png", "image/png");
        letters.generate(worker.id(), grievance, new LetterRequest(LetterKind.PAYMENT_DEMAND, null, null, null, null));
    }
}
