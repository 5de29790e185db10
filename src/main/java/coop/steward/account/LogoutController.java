package coop.steward.account;

import coop.steward.common.web.SignedInAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * {@code POST /logout}: with a refresh token, signs out that device (its token family); without one,
 * signs out every device. Access tokens already handed out lapse within their 15 minutes (why: ADR 0004).
 */
@Controller("/logout")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class LogoutController {

    private final RefreshTokens refreshTokens;

    LogoutController(RefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "signOutFromForm", summary = "Sign out one device or every device (form)")
    HttpResponse<Void> logoutFromForm(Authentication authentication, @Body("refresh_token") @Nullable String refreshToken) {
        return logout(authentication, refreshToken);
    }

    /** JSON is read strictly: an unknown key or a value of the wrong type is refused before anyone is signed out. */
    @Post(consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "signOut", summary = "Sign out one device or every device")
    HttpResponse<Void> logoutFromJson(Authentication authentication, @Body @Nullable LogoutRequest request) {
        return logout(authentication, request == null ? null : request.refreshToken());
    }

    private HttpResponse<Void> logout(Authentication authentication, @Nullable String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            refreshTokens.revokeAll(SignedInAccount.idOf(authentication));
        } else {
            refreshTokens.revokeFamilyOf(SignedInAccount.idOf(authentication), refreshToken);
        }
        return HttpResponse.noContent();
    }
}
