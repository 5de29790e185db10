package coop.steward.account;

import coop.steward.common.web.SignedInAccount;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/** Pairs a short-lived access JWT with a refresh token. */
@Singleton
final class TokenIssuer {

    private final TokenGenerator accessTokens;
    private final RefreshTokens refreshTokens;
    private final Duration accessLifetime;

    TokenIssuer(TokenGenerator accessTokens, RefreshTokens refreshTokens,
                @Value("${steward.tokens.access-lifetime:15m}") Duration accessLifetime) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.accessLifetime = accessLifetime;
    }

    TokenResponse forSignIn(Authentication authentication) {
        return respond(authentication, refreshTokens.issue(SignedInAccount.idOf(authentication)));
    }

    TokenResponse respond(Authentication authentication, String refreshToken) {
        int seconds = (int) accessLifetime.toSeconds();
        String access = accessTokens.generateToken(authentication, seconds)
                .orElseThrow(() -> new IllegalStateException("no access token could be signed"));
        return new TokenResponse(access, refreshToken, "Bearer", seconds,
                String.valueOf(authentication.getAttributes().get("handle")),
                List.copyOf(authentication.getRoles()));
    }
}
