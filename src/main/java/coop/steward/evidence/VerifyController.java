package coop.steward.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.swagger.v3.oas.annotations.Operation;

/** Public verification of evidence packs: anyone may ask, nobody learns whose pack it is. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class VerifyController {

    static final String VERIFY = "/api/verify";
    static final String VERIFY_BY_ID = VERIFY + "/{id}";

    private final PackVerifier verifier;

    VerifyController(PackVerifier verifier) {
        this.verifier = verifier;
    }

    @Operation(operationId = "verifyPackBytes", summary = "Verify a pack sent as the request body")
    @Post(VERIFY)
    @Consumes(MediaType.APPLICATION_PDF)
    VerificationView verifyBody(@Body @Nullable InputStream body) throws IOException {
        // A stream rather than a nullable byte[], which the compiler would flag: an empty body is the verifier's to refuse.
        return verifier.verify(body == null ? new byte[0] : body.readAllBytes(), "body");
    }

    @Operation(operationId = "verifyPackUpload", summary = "Verify a pack uploaded as a form file")
    @Post(VERIFY)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    VerificationView verifyUpload(@Part("file") @Nullable CompletedFileUpload file) {
        try {
            return verifier.verify(file == null ? null : file.getBytes(), "file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(operationId = "verifyPackById", summary = "Verify a pack by its id and hash")
    @Get(VERIFY_BY_ID)
    VerificationView verifyById(@PathVariable String id, @QueryValue @Nullable String sha256) {
        return verifier.verify(id, sha256);
    }
}
