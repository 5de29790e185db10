package coop.steward.ledger;

import coop.steward.record.RevisionView;
import coop.steward.record.web.RevisionHttp;
import coop.steward.common.web.SignedInAccount;
import coop.steward.common.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** A worker's payments: {@code PUT} by client-chosen id creates or corrects, {@code DELETE} leaves a tombstone. */
@Controller(PaymentController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class PaymentController {

    static final String PATH = "/api/payments";

    private final Payments payments;

    PaymentController(Payments payments) {
        this.payments = payments;
    }

    @Operation(operationId = "putPayment", summary = "Record or correct a payment")
    @Put("/{id}")
    HttpResponse<PaymentView> put(Authentication auth, UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                  @Body @Valid PaymentRequest request) {
        return RevisionHttp.respond(payments.put(SignedInAccount.idOf(auth), id, RevisionHttp.ifMatch(ifMatch), request),
                URI.create(PATH + "/" + id), PaymentView::revision);
    }

    @Operation(operationId = "getPayment", summary = "Read a payment")
    @Get("/{id}")
    HttpResponse<PaymentView> get(Authentication auth, UUID id) {
        PaymentView view = payments.find(SignedInAccount.idOf(auth), id).orElseThrow(() -> ProblemException.notFound("Payment"));
        return RevisionHttp.current(view, view.revision());
    }

    @Operation(operationId = "listPayments", summary = "List the worker's payments")
    @Get("{?from,to}")
    List<PaymentView> list(Authentication auth, @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to) {
        return payments.list(SignedInAccount.idOf(auth), from, to);
    }

    @Operation(operationId = "paymentHistory", summary = "Every revision of a payment")
    @Get("/{id}/history")
    List<RevisionView<PaymentView>> history(Authentication auth, UUID id) {
        return payments.history(SignedInAccount.idOf(auth), id);
    }

    @Operation(operationId = "deletePayment", summary = "Delete a payment (a tombstone in the chain)")
    @Delete("/{id}")
    HttpResponse<Void> delete(Authentication auth, UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        payments.delete(SignedInAccount.idOf(auth), id, RevisionHttp.ifMatch(ifMatch));
        return HttpResponse.noContent();
    }
}
