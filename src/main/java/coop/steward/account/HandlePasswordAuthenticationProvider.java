package coop.steward.account;

import coop.steward.common.startup.StartupWork;
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
    private final StartupWork startupWork;

    HandlePasswordAuthenticationProvider(SignIn signIn, StartupWork startupWork) {
        this.signIn = signIn;
        this.startupWork = startupWork;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        startupWork.awaitDone();   // the demo sign-ins, on a first development start
        return signIn.attempt(authenticationRequest.getIdentity(), authenticationRequest.getSecret());
    }
}
