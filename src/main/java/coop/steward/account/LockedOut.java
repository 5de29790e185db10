package coop.steward.account;

import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;

import java.time.Instant;

/** A sign-in refused because the handle is locked, with when the lock ends. */
final class LockedOut extends AuthenticationFailed {

    private static final long serialVersionUID = 1L;

    private final Instant until;

    LockedOut(Instant until) {
        super(AuthenticationFailureReason.ACCOUNT_LOCKED);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
