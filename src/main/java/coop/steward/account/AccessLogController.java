package coop.steward.account;

import coop.steward.common.audit.AuditLog;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;

/** Shows a worker who read what of theirs: every read by an organizer, vendor or admin, from the audit log. */
@Controller("/api/me/access-log")
@Secured("WORKER")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class AccessLogController {

    private final AuditLog audit;
    private final AccountService accounts;

    AccessLogController(AuditLog audit, AccountService accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Every read of the worker's data by someone else, newest first: who, in what role, what, and when. */
    @Operation(operationId = "listAccessLog")
    @Get
    List<AccessView> list(Authentication auth) {
        return audit.readsOf(SignedInAccount.idOf(auth)).stream()
                .map(entry -> new AccessView(entry.occurredAt(),
                        entry.actorId() == null ? null : accounts.find(entry.actorId()).map(AccountView::handle).orElse(null),
                        entry.actorRole(), entry.action(), entry.subjectKind(), entry.subjectId()))
                .toList();
    }

    /** One read of the worker's data; the reader's handle is absent once their account is gone. */
    @Serdeable
    record AccessView(Instant occurredAt, @Nullable String actor, @Nullable String actorRole, String action,
                      @Nullable String subjectKind, @Nullable UUID subjectId) {
    }
}
