package coop.steward.grievance;

import coop.steward.common.digest.Sha256;
import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.support.ProblemAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class AttachmentControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    SignedIn worker;
    UUID grievance;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        worker = TestAccounts.nairobiWorker(http);
        grievance = GrievanceFixtures.record(http, worker,
                GrievanceFixtures.removedAfterReport(LedgerFixtures.recordGig(http, worker)));
    }

    @Test
    void aPhotoComesBackWithoutItsGpsTagAndWithItsImageDataUnchanged() throws Exception {
        byte[] photo = SampleFiles.photoJpegWithGps();
        int entriesBefore = GrievanceFixtures.entries(http, worker);

        HttpResponse<Map> uploaded = upload("IMG_2041.jpg", MediaType.IMAGE_JPEG_TYPE, photo);
        String location = uploaded.getHeaders().get("Location");
        HttpResponse<byte[]> downloaded = http.exchange(worker.authorize(HttpRequest.GET(location)), byte[].class);

        assertThat(uploaded.code()).isEqualTo(201);
        assertThat(uploaded.body()).containsEntry("contentType", "image/jpeg").containsEntry("fileName", "IMG_2041.jpg");
        assertThat(downloaded.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("image/jpeg"));
        byte[] stored = downloaded.body();
        ImageMetadata metadata = Imaging.getMetadata(stored);
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null
                || ((JpegImageMetadata) metadata).getExif().getGpsInfo() == null).as("no GPS tag").isTrue();
        assertThat(AttachmentInspectorTest.scanData(stored)).isEqualTo(AttachmentInspectorTest.scanData(photo));
        assertThat(uploaded.body().get("sha256")).isEqualTo(Sha256.hex(stored));
        assertThat(GrievanceFixtures.verification(http, worker)).containsEntry("valid", true)
                .containsEntry("entries", entriesBefore + 1);
    }

    @Test
    void theSameFileSentAgainIsStoredOnce() {
        HttpResponse<Map> first = upload("IMG_2041.jpg", MediaType.IMAGE_JPEG_TYPE, SampleFiles.photoJpegWithGps());
        int entries = GrievanceFixtures.entries(http, worker);

        HttpResponse<Map> retry = upload("IMG_2041.jpg", MediaType.IMAGE_JPEG_TYPE, SampleFiles.photoJpegWithGps());

        assertThat(retry.code()).isEqualTo(200);
        assertThat(retry.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(GrievanceFixtures.entries(http, worker)).isEqualTo(entries);
    }

    @Test
    void theCaseFileListsItsAttachmentsWithTheirDigests() {
        upload("Screenshot 2026-10-20.png", MediaType.IMAGE_PNG_TYPE, SampleFiles.screenshotPngWithMetadata());
        upload("notes.txt", MediaType.TEXT_PLAIN_TYPE, SampleFiles.noteText());

        List<Map> listed = http.retrieve(worker.authorize(HttpRequest.GET(attachments())), Argument.listOf(Map.class));
        Map<?, ?> caseFile = http.retrieve(worker.authorize(HttpRequest.GET("/api/grievances/" + grievance)), Map.class);

        assertThat(listed).extracting(a -> (Object) a.get("contentType")).containsExactly("image/png", "text/plain");
        assertThat(listed.get(0).get("sha256")).isEqualTo(Sha256.hex(SampleFiles.screenshotPng()));
        assertThat((List<?>) caseFile.get("attachments")).hasSize(2);
    }

    @Test
    void aFileThatOnlyClaimsToBeAPngIsRefusedAndNothingIsKept() {
        int entriesBefore = GrievanceFixtures.entries(http, worker);

        refused(() -> upload("payslip.png", MediaType.IMAGE_PNG_TYPE, SampleFiles.noteText()))
                .hasStatus(415).hasType("attachment-type-mismatch").namesFields("file");
        refused(() -> upload("payslip.png", MediaType.IMAGE_PNG_TYPE, fakePng()))
                .hasStatus(422).hasType("attachment-malformed");

        assertNothingKept(entriesBefore);
    }

    @Test
    void executablesArchivesAndEmptyFilesAreRefusedByWhatTheyAre() {
        int entriesBefore = GrievanceFixtures.entries(http, worker);

        refused(() -> upload("evidence.zip", MediaType.of("application/zip"), SampleFiles.zipBomb()))
                .hasStatus(415).hasType("attachment-type-refused");
        refused(() -> upload("screenshot.png", MediaType.IMAGE_PNG_TYPE, SampleFiles.elfExecutable()))
                .hasStatus(415).hasType("attachment-type-refused");
        refused(() -> upload("empty.txt", MediaType.TEXT_PLAIN_TYPE, new byte[0]))
                .hasStatus(400).hasType("attachment-empty");

        assertNothingKept(entriesBefore);
    }

    @Test
    void aFileOverTenMebibytesIsRefused() {
        int entriesBefore = GrievanceFixtures.entries(http, worker);
        byte[] scan = new byte[(int) AttachmentLimits.TEN_MIB + 1];
        byte[] pdf = AttachmentInspectorTest.contractPdf();
        System.arraycopy(pdf, 0, scan, 0, pdf.length);

        refused(() -> upload("contract-scan.pdf", MediaType.APPLICATION_PDF_TYPE, scan))
                .hasStatus(413).hasType("attachment-too-large");

        assertNothingKept(entriesBefore);
    }

    @Test
    void nobodyElseCanUploadListOrDownload() {
        HttpResponse<Map> uploaded = upload("notes.txt", MediaType.TEXT_PLAIN_TYPE, SampleFiles.noteText());
        String location = uploaded.getHeaders().get("Location");
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");

        refused(() -> http.exchange(organizer.authorize(HttpRequest.GET(location)))).hasStatus(404);
        refused(() -> http.exchange(organizer.authorize(HttpRequest.POST(attachments(), MultipartBody.builder()
                .addPart("file", "notes.txt", MediaType.TEXT_PLAIN_TYPE, SampleFiles.noteText()).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)))).hasStatus(404);
    }

    private HttpResponse<Map> upload(String name, MediaType type, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, type, bytes).build();
        return http.exchange(worker.authorize(HttpRequest.POST(attachments(), body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), Map.class);
    }

    private String attachments() {
        return "/api/grievances/" + grievance + "/attachments";
    }

    private void assertNothingKept(int entriesBefore) {
        List<Map> listed = http.retrieve(worker.authorize(HttpRequest.GET(attachments())), Argument.listOf(Map.class));
        assertThat(listed).isEmpty();
        assertThat(GrievanceFixtures.verification(http, worker)).containsEntry("valid", true)
                .containsEntry("entries", entriesBefore);
    }

    private static byte[] fakePng() {
        byte[] fake = new byte[256];
        System.arraycopy(PngMetadata.SIGNATURE, 0, fake, 0, PngMetadata.SIGNATURE.length);
        return fake;
    }
}
