package coop.steward.account;

import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a handle and password, with the lockout and without telling whether the handle exists. */
@Singleton
class SignIn {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;

    SignIn(AccountRepository accounts, PasswordHasher hasher, SignInThrottle throttle) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    @Transactional
    AuthenticationResponse attempt(String typedHandle, String password) {
        String handle = Handles.normalize(typedHandle);
        Optional<Instant> lockedUntil = throttle.lockedUntil(handle);
        if (lockedUntil.isPresent()) {
            return new LockedOut(lockedUntil.get());
        }
        Optional<Account> account = accounts.findByHandle(handle);
        boolean matches;
        if (account.isPresent()) {
            matches = hasher.matches(password, account.get().passwordHash());
        } else {
            hasher.verifyDecoy(password);
            matches = false;
        }
        if (!matches) {
            throttle.recordFailure(handle);
            return new AuthenticationFailed(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.clear(handle);
        return authenticated(account.get());
    }

    static AuthenticationResponse authenticated(Account account) {
        return AuthenticationResponse.success(account.id().toString(), List.of(account.role().name()),
                Map.of("handle", account.handle()));
    }
}
