package coop.steward.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/** Lets Micronaut Security's {@code POST /login} sign in with a handle and password; runs off the event loop. */
@Singleton
final class HandlePasswordAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final SignIn signIn;

    HandlePasswordAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        return signIn.attempt(authenticationRequest.getIdentity(), authenticationRequest.getSecret());
    }
}
