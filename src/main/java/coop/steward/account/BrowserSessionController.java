package coop.steward.account;

import coop.steward.common.startup.StartupWork;
import com.fasterxml.jackson.annotation.JsonProperty;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.Violation;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * Sign-in, refresh and sign-out for the phone app in a browser (ADR 0010): the refresh token travels only in an
 * HttpOnly, SameSite=Strict cookie scoped to this path, so script on the page, an XSS included, never sees it;
 * the body carries the access token alone. A custom header is required, which a cross-site form cannot send.
 */
@Controller(BrowserSessionController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class BrowserSessionController {

    static final String PATH = "/api/session";
    static final String COOKIE = "steward_refresh";
    static final String CLIENT_HEADER = "X-Steward-Client";

    private final SignIn signIn;
    private final RefreshTokens refreshTokens;
    private final AccountRepository accounts;
    private final TokenIssuer issuer;
    private final TokenLoginHandler loginHandler;
    private final Duration refreshLifetime;
    private final StartupWork startupWork;

    BrowserSessionController(SignIn signIn, RefreshTokens refreshTokens, AccountRepository accounts, TokenIssuer issuer,
                             TokenLoginHandler loginHandler, StartupWork startupWork,
                             @Value("${steward.tokens.refresh-lifetime:30d}")
                             Duration refreshLifetime) {
        this.signIn = signIn;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.issuer = issuer;
        this.loginHandler = loginHandler;
        this.refreshLifetime = refreshLifetime;
        this.startupWork = startupWork;
    }

    @Operation(operationId = "startBrowserSession", summary = "Sign in the web app with a refresh cookie")
    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> signIn(HttpRequest<?> request, @Header(CLIENT_HEADER) @Nullable String client,
                                  @Body @Valid Credentials credentials) {
        requireClient(client);
        startupWork.awaitDone();   // the demo sign-ins, on a first development start
        AuthenticationResponse outcome = signIn.attempt(credentials.username(), credentials.password());
        if (!outcome.isAuthenticated()) {
            return loginHandler.loginFailed(outcome, request);
        }
        return withCookie(request, issuer.forSignIn(outcome.getAuthentication().orElseThrow()));
    }

    @Operation(operationId = "refreshBrowserSession", summary = "Spend the refresh cookie for a new access token")
    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<AccessToken> refresh(HttpRequest<?> request, @Header(CLIENT_HEADER) @Nullable String client,
                                               @CookieValue(COOKIE) @Nullable String refreshToken) {
        requireClient(client);
        if (refreshToken == null || refreshToken.isBlank()) {
            throw invalidGrant();
        }
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken).orElseThrow(BrowserSessionController::invalidGrant);
        Account account = accounts.findById(rotation.accountId()).orElseThrow(BrowserSessionController::invalidGrant);
        return withCookie(request, issuer.respond(SignIn.authenticated(account).getAuthentication().orElseThrow(),
                rotation.refreshToken()));
    }

    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "endBrowserSession", summary = "Sign the web app out")
    @Delete
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MutableHttpResponse<Void> signOut(HttpRequest<?> request, Authentication authentication,
                                      @Header(CLIENT_HEADER) @Nullable String client,
                                      @CookieValue(COOKIE) @Nullable String refreshToken) {
        requireClient(client);
        if (refreshToken != null && !refreshToken.isBlank()) {
            refreshTokens.revokeFamilyOf(SignedInAccount.idOf(authentication), refreshToken);
        }
        return HttpResponse.<Void>noContent().cookie(cookie(request, "", Duration.ZERO));
    }

    private MutableHttpResponse<AccessToken> withCookie(HttpRequest<?> request, TokenResponse tokens) {
        return HttpResponse.ok(new AccessToken(tokens.accessToken(), tokens.tokenType(), tokens.expiresIn(),
                        tokens.username(), tokens.roles())).cookie(cookie(request, tokens.refreshToken(), refreshLifetime));
    }

    private static Cookie cookie(HttpRequest<?> request, String value, Duration maxAge) {
        return Cookie.of(COOKIE, value)
                .path(PATH)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite(SameSite.Strict)
                .maxAge(maxAge);
    }

    private static void requireClient(@Nullable String client) {
        if (client == null || client.isBlank()) {
            throw ProblemException.invalid(CLIENT_HEADER, "is required from the browser app");
        }
    }

    private static ProblemException invalidGrant() {
        return new ProblemException(TokenRefreshController.INVALID_GRANT, null,
                List.of(new Violation("refresh_token", TokenRefreshController.INVALID_GRANT.title())));
    }

    /** What the browser may read: the access token, never the refresh token. */
    @Serdeable
    record AccessToken(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                       @JsonProperty("expires_in") long expiresIn, String username, List<String> roles) {
    }

    /** A handle and password, named as {@code POST /login} names them. */
    @Serdeable
    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 1024) String password) {
    }
}
