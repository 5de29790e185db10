package coop.steward.grievance;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class LetterControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    SignedIn worker;
    UUID gig;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
        gig = LedgerFixtures.recordGig(http, worker);
    }

    @Test
    void aSubjectAccessRequestIsAPdfInTheChosenLanguageDueInThirtyDays() {
        UUID grievance = GrievanceFixtures.record(http, worker, GrievanceFixtures.removedAfterReport(gig));

        HttpResponse<byte[]> pdf = http.exchange(worker.authorize(HttpRequest.POST(letters(grievance),
                Map.of("kind", "SUBJECT_ACCESS_REQUEST", "language", "fr", "senderName", "Jordan Ellis"))), byte[].class);

        assertThat(pdf.code()).isEqualTo(201);
        assertThat(pdf.getContentType()).hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("application/pdf"));
        assertThat(pdf.getHeaders().get("Location")).startsWith(letters(grievance) + "/");
        String text = LetterPdfTest.readBack(pdf.body());
        assertThat(text).contains("Demande d'accès au titre de l'article 15 du RGPD", "Invisible Technologies",
                "Jordan Ellis", "Atlas");
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        Map<?, ?> letter = onlyLetter(grievance);
        assertThat(letter.get("respondBy")).isEqualTo(today.plusDays(30).toString());
        assertThat(letter.get("deadlinePassed")).isEqualTo(false);
        assertThat(letter.get("language")).isEqualTo("fr");
    }

    @Test
    void aPaymentDemandAsksForTheAmountAtStakeAndStatesWhatTheLedgerShowsWasPaid() {
        UUID grievance = GrievanceFixtures.record(http, worker, GrievanceFixtures.unpaidFortnight(gig));
        http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(),
                LedgerFixtures.weeklyPayout(gig, "2026-09-19", "2026-09-07", "2026-09-13"))));

        HttpResponse<byte[]> text = http.exchange(worker.authorize(HttpRequest.POST(letters(grievance) + "?format=text",
                Map.of("kind", "PAYMENT_DEMAND"))), byte[].class);

        assertThat(text.getContentType()).hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("text/plain"));
        assertThat(new String(text.body(), StandardCharsets.UTF_8)).contains("Demand for payment", "USD 412.50",
                "USD 438.00", "Invisible Technologies", worker.handle());
        Map<?, ?> letter = onlyLetter(grievance);
        assertThat(letter.get("amountOwedMinor")).isEqualTo(41250);
        assertThat(letter.get("respondBy")).isEqualTo(LocalDate.now(ZoneId.of("America/Chicago")).plusDays(14).toString());
    }

    @Test
    void theAcceptHeaderChoosesPlainText() {
        UUID grievance = GrievanceFixtures.record(http, worker, GrievanceFixtures.removedAfterReport(gig));

        HttpResponse<byte[]> text = http.exchange(worker.authorize(HttpRequest.POST(letters(grievance),
                Map.of("kind", "AUTOMATED_DECISION_EXPLANATION", "language", "sw")).accept(MediaType.TEXT_PLAIN_TYPE)),
                byte[].class);

        assertThat(new String(text.body(), StandardCharsets.UTF_8))
                .contains("Ombi la sababu za uamuzi wa kiotomatiki", "Kifungu cha 22(3)", "My queue was closed");
    }

    @Test
    void aPaymentDemandWithoutAnAmountAtStakeIsRefusedAndNoLetterIsRecorded() {
        UUID grievance = GrievanceFixtures.record(http, worker, GrievanceFixtures.removedAfterReport(gig));

        refused(() -> http.exchange(worker.authorize(HttpRequest.POST(letters(grievance), Map.of("kind", "PAYMENT_DEMAND")))))
                .hasStatus(422).hasType("letter-needs-amount").namesFields("amountAtStakeMinor");

        Map<?, ?> view = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + grievance)), Map.class);
        assertThat((List<?>) view.get("letters")).isEmpty();
    }

    @Test
    void aLetterSentFortyDaysAgoHasAPassedDeadlineCountedFromWhenItWasSent() {
        UUID grievance = GrievanceFixtures.record(http, worker, GrievanceFixtures.removedAfterReport(gig));
        HttpResponse<byte[]> pdf = http.exchange(worker.authorize(HttpRequest.POST(letters(grievance),
                Map.of("kind", "SUBJECT_ACCESS_REQUEST"))), byte[].class);
        String letterId = pdf.getHeaders().get("Letter-Id");
        Instant sentAt = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(40, ChronoUnit.DAYS);
        Map<String, Object> sent = new HashMap<>();
        sent.put("sentAt", sentAt.toString());

        Map<?, ?> marked = http.retrieve(worker.authorize(HttpRequest.POST(letters(grievance) + "/" + letterId + "/sent",
                sent)), Map.class);

        LocalDate sentOn = sentAt.atZone(ZoneId.of("America/Chicago")).toLocalDate();
        assertThat(marked.get("respondBy")).isEqualTo(sentOn.plusDays(30).toString());
        assertThat(marked.get("deadlinePassed")).isEqualTo(true);
        assertThat(onlyLetter(grievance).get("deadlinePassed")).isEqualTo(true);
    }

    @Test
    void anUnknownFormatIsRefusedByName() {
        UUID grievance = GrievanceFixtures.record(http, worker, GrievanceFixtures.removedAfterReport(gig));

        refused(() -> http.exchange(worker.authorize(HttpRequest.POST(letters(grievance) + "?format=docx",
                Map.of("kind", "SUBJECT_ACCESS_REQUEST"))))).hasStatus(400).namesFields("format");
    }

    private Map<?, ?> onlyLetter(UUID grievance) {
        Map<?, ?> view = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + grievance)), Map.class);
        List<?> letters = (List<?>) view.get("letters");
        assertThat(letters).hasSize(1);
        return (Map<?, ?>) letters.get(0);
    }

    private static String letters(UUID grievance) {
        return "/api/grievances/" + grievance + "/letters";
    }
}
