package coop.steward.vendor.certification;

import coop.steward.common.problem.ProblemException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.util.UUID;

/** The signed certificate of an attested certification: public, like the certification it states. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificateController {

    static final String PATH = "/api/certifications/{certificationId}/certificate.pdf";

    private final Certifications certifications;

    CertificateController(Certifications certifications) {
        this.certifications = certifications;
    }

    @Operation(operationId = "downloadCertificate", summary = "The signed certificate of an attested certification")
    @Get(PATH)
    HttpResponse<byte[]> certificate(@PathVariable UUID certificationId) {
        byte[] pdf = certifications.certificate(certificationId)
                .orElseThrow(() -> ProblemException.notFound("Certificate"));
        return HttpResponse.ok(pdf).contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + certificationId + ".pdf\"");
    }
}
