package coop.steward.vendor.publicregistry;

import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;

/** Public words beside a claim: the vendor's response to a contested claim, an organization's note. */
@Controller(ClaimResponseController.CLAIM)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ClaimResponseController {

    static final String CLAIM = "/api/registry/vendors/{vendorId}/certifications/{certificationId}/claims/{criterionId}";

    private final ClaimResponses claims;

    ClaimResponseController(ClaimResponses claims) {
        this.claims = claims;
    }

    /** A VENDOR account posts its vendor's public response to a contested claim; posting again is a new version. */
    @Operation(operationId = "respondToClaim")
    @Post("/responses")
    @Secured("VENDOR")
    HttpResponse<RegistryVendor.Response> respond(Authentication auth, String vendorId, String certificationId,
                                                  String criterionId, @Body @Valid ResponseRequest request) {
        RegistryVendor.Response response = claims.respond(SignedInAccount.idOf(auth), vendorId, certificationId,
                criterionId, request.body());
        return HttpResponse.created(response, URI.create("/registry/" + vendorId));
    }

    /** An organizer adds a public note to a vendor's claim, under the name of an organization they run. */
    @Operation(operationId = "noteOnClaim")
    @Post("/notes")
    @Secured("ORGANIZER")
    HttpResponse<RegistryVendor.Note> note(Authentication auth, String vendorId, String certificationId,
                                           String criterionId, @Body @Valid ClaimNoteRequest request) {
        RegistryVendor.Note note = claims.note(SignedInAccount.idOf(auth), vendorId, certificationId, criterionId,
                request);
        return HttpResponse.created(note, URI.create("/registry/" + vendorId));
    }
}
