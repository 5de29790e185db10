package coop.steward.account;

import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Answers {@code POST /login}: tokens on success, one indistinct 401 on failure, 429 while locked. */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
final class TokenLoginHandler implements LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    static final ProblemType SIGN_IN_REFUSED =
            new ProblemType("sign-in-refused", HttpStatus.UNAUTHORIZED, "Wrong handle or password");
    static final ProblemType LOCKED_OUT =
            new ProblemType("locked-out", HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins");

    private final TokenIssuer issuer;
    private final Clock clock;

    TokenLoginHandler(TokenIssuer issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        return HttpResponse.ok(issuer.forSignIn(authentication));
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken,
                                               HttpRequest<?> request) {
        return HttpResponse.ok(issuer.respond(authentication, refreshToken));
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse response, HttpRequest<?> request) {
        if (response instanceof LockedOut locked) {
            long seconds = Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds());
            return Problems.respond(HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS), request, LOCKED_OUT,
                            "Sign-in for this handle is paused; try again in " + ((seconds + 59) / 60) + " minutes",
                            List.of())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        }
        return Problems.respond(HttpResponse.unauthorized(), request, SIGN_IN_REFUSED, null, List.of());
    }
}
