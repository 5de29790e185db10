package coop.steward.account;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;

/**
 * {@code POST /oauth/access_token} with {@code grant_type=refresh_token}: spends the refresh token and
 * answers a new pair. Micronaut's own endpoint hands back the same refresh token, which cannot rotate.
 */
@Controller("/oauth/access_token")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TokenRefreshController {

    static final ProblemType INVALID_GRANT = new ProblemType("invalid-grant", HttpStatus.BAD_REQUEST,
            "The refresh token is unknown, expired, revoked or already used; sign in again");

    private final RefreshTokens refreshTokens;
    private final AccountRepository accounts;
    private final TokenIssuer issuer;

    TokenRefreshController(RefreshTokens refreshTokens, AccountRepository accounts, TokenIssuer issuer) {
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.issuer = issuer;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "refreshTokensFromForm", summary = "Spend a refresh token for a new pair (form)")
    TokenResponse refreshFromForm(@Body("grant_type") @Nullable String grantType,
                                  @Body("refresh_token") @Nullable String refreshToken) {
        return refresh(grantType, refreshToken);
    }

    /** JSON is read strictly, so a value of the wrong type names its field ({@code refresh_token: 12}). */
    @Post(consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "refreshTokens", summary = "Spend a refresh token for a new pair")
    TokenResponse refreshFromJson(@Body @Nullable TokenRefreshRequest request) {
        return request == null ? refresh(null, null) : refresh(request.grantType(), request.refreshToken());
    }

    private TokenResponse refresh(@Nullable String grantType, @Nullable String refreshToken) {
        if (!"refresh_token".equals(grantType)) {
            throw ProblemException.invalid("grant_type", "must be refresh_token");
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            throw ProblemException.invalid("refresh_token", "is required");
        }
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken).orElseThrow(this::invalidGrant);
        Account account = accounts.findById(rotation.accountId()).orElseThrow(this::invalidGrant);
        return issuer.respond(SignIn.authenticated(account).getAuthentication().orElseThrow(),
                rotation.refreshToken());
    }

    private ProblemException invalidGrant() {
        return new ProblemException(INVALID_GRANT, null,
                List.of(new Violation("refresh_token", INVALID_GRANT.title())));
    }
}
