package coop.steward.account;

import coop.steward.common.startup.StartupWork;
import coop.steward.common.limits.ClientAddress;
import coop.steward.common.limits.LimitedAction;
import coop.steward.common.limits.RateLimits;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.net.URI;
import io.swagger.v3.oas.annotations.Operation;

/** Opening an account, and the signed-in person's own profile. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {

    static final String ACCOUNTS = "/api/accounts";
    static final String ME = "/api/me";

    private final AccountService accounts;
    private final RateLimits limits;
    private final ClientAddress clientAddress;
    private final StartupWork startupWork;

    AccountController(AccountService accounts, RateLimits limits, ClientAddress clientAddress, StartupWork startupWork) {
        this.accounts = accounts;
        this.startupWork = startupWork;
        this.limits = limits;
        this.clientAddress = clientAddress;
    }

    @Operation(operationId = "registerAccount", summary = "Open a worker account")
    @Post(ACCOUNTS)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<AccountView> register(HttpRequest<?> http, @Body @Valid RegisterAccountRequest request) {
        limits.spend(LimitedAction.SIGN_UPS, clientAddress.of(http));
        startupWork.awaitDone();   // a handle the demo dataset is still opening must be found taken
        return HttpResponse.created(accounts.register(request), URI.create(ME));
    }

    @Operation(operationId = "getProfile", summary = "Read the signed-in account")
    @Get(ME)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    AccountView me(Authentication authentication) {
        return accounts.get(SignedInAccount.idOf(authentication));
    }

    @Operation(operationId = "updateProfile", summary = "Change language, time zone or jurisdiction")
    @Patch(ME)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    AccountView updateProfile(Authentication authentication, @Body @Valid UpdateProfileRequest request) {
        return accounts.updateProfile(SignedInAccount.idOf(authentication), request);
    }

    @Operation(operationId = "changePassword", summary = "Change the password")
    @Put(ME + "/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    HttpResponse<Void> changePassword(Authentication authentication, @Body @Valid ChangePasswordRequest request) {
        accounts.changePassword(SignedInAccount.idOf(authentication), request);
        return HttpResponse.noContent();
    }

    @Operation(operationId = "eraseAccount", summary = "Erase the account and everything it recorded")
    @Delete(ME)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    HttpResponse<Void> erase(Authentication authentication, @Body @Valid EraseAccountRequest request) {
        accounts.erase(SignedInAccount.idOf(authentication), request.password());
        return HttpResponse.noContent();
    }
}
