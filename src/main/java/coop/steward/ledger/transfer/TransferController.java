package coop.steward.ledger.transfer;

import coop.steward.common.limits.LimitedAction;
import coop.steward.common.limits.RateLimits;
import coop.steward.common.web.SignedInAccount;
import coop.steward.common.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** Data portability: a worker's whole ledger out as JSON or a zip of CSVs, and sessions in from a CSV. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class TransferController {

    static final String TEXT_CSV = "text/csv";
    static final String APPLICATION_ZIP = "application/zip";

    private final LedgerExports exports;
    private final SessionImport sessionImport;
    private final RateLimits limits;

    TransferController(LedgerExports exports, SessionImport sessionImport, RateLimits limits) {
        this.exports = exports;
        this.sessionImport = sessionImport;
        this.limits = limits;
    }

    @Operation(operationId = "exportLedger", summary = "Export every record as JSON or a ZIP of CSVs")
    @Get(value = "/api/export{?format}", produces = {MediaType.APPLICATION_JSON, APPLICATION_ZIP})
    HttpResponse<?> export(Authentication auth, @QueryValue @Nullable String format,
                           @Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        UUID worker = SignedInAccount.idOf(auth);
        boolean zip = "zip".equals(format) || (format == null && accept != null && accept.contains(APPLICATION_ZIP));
        if (format != null && !format.equals("zip") && !format.equals("json")) {
            throw ProblemException.invalid("format", "must be json or zip");
        }
        if (zip) {
            return HttpResponse.ok(exports.zip(worker)).contentType(APPLICATION_ZIP)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"steward-export.zip\"");
        }
        return HttpResponse.ok(exports.export(worker)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Operation(operationId = "importSessions", summary = "Import sessions from CSV")
    @Post(value = "/api/import/sessions", consumes = {TEXT_CSV, MediaType.TEXT_PLAIN})
    SessionImport.Result importSessions(Authentication auth, @Body String csv) {
        UUID worker = SignedInAccount.idOf(auth);
        limits.spend(LimitedAction.CSV_IMPORTS, worker.toString());
        return sessionImport.importCsv(worker, csv);
    }
}
