package coop.steward.account;

import coop.steward.common.digest.Sha256;
import coop.steward.common.id.UuidV7;
import coop.steward.common.time.Instants;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Five refused sign-ins within 15 minutes lock a handle for 15 minutes. Unknown handles lock the same
 * way, so the lock tells nobody whether an account exists. Attempts during a lock are not counted, so
 * an attacker cannot keep a worker locked out for longer by hammering.
 */
@Singleton
final class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final LoginFailureRepository failures;
    private final Clock clock;

    SignInThrottle(LoginFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    Optional<Instant> lockedUntil(String handle) {
        List<LoginFailure> recent = failures.findTop5ByHandleDigestOrderByFailedAtDesc(digest(handle));
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant newest = recent.get(0).failedAt();
        Instant oldest = recent.get(MAX_FAILURES - 1).failedAt();
        Instant until = newest.plus(LOCK);
        boolean burst = !oldest.isBefore(newest.minus(WINDOW));
        return burst && clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    void recordFailure(String handle) {
        Instant now = Instants.now(clock);
        String digest = digest(handle);
        failures.deleteByHandleDigestAndFailedAtLessThan(digest, now.minus(WINDOW.plus(LOCK)));
        failures.save(new LoginFailure(UuidV7.generate(clock), digest, now));
    }

    void clear(String handle) {
        failures.deleteByHandleDigest(digest(handle));
    }

    private static String digest(String handle) {
        return Sha256.hex(handle);
    }
}
