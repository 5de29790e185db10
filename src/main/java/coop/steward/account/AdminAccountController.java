package coop.steward.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;

/** Lets an admin open accounts of any role: organizers, vendors and further admins. */
@Controller("/api/admin/accounts")
@Secured("ADMIN")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminAccountController {

    private final AccountService accounts;

    AdminAccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(operationId = "createAccountAsAdmin", summary = "Open an account of any role")
    @Post
    HttpResponse<AccountView> create(@Body @Valid CreateAccountRequest request) {
        return HttpResponse.created(accounts.open(request.asRegistration(), request.role()));
    }
}
