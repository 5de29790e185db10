package coop.steward.ledger;

import coop.steward.common.problem.Violation;
import coop.steward.record.Rule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rules a work session keeps across its fields, each named; all of them are checked, every time. */
final class SessionRules {

    static final Duration LONGEST = Duration.ofHours(24);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private SessionRules() {
    }

    /** A session happened: it neither starts nor ends in the future (beyond a phone's clock skew). */
    static Rule<SessionRequest> inThePast(Clock clock) {
        return request -> {
            Instant latest = clock.instant().plus(CLOCK_SKEW);
            List<Violation> found = new ArrayList<>();
            if (request.startedAt().isAfter(latest)) {
                found.add(new Violation("startedAt", "must not be in the future"));
            }
            if (request.endedAt() != null && request.endedAt().isAfter(latest)) {
                found.add(new Violation("endedAt", "must not be in the future"));
            }
            return found;
        };
    }

    /** A session ends after it starts, and lasts at most a day: longer work is split. */
    static final Rule<SessionRequest> ENDS_AFTER_IT_STARTS_WITHIN_A_DAY = request -> {
        if (request.endedAt() == null) {
            return List.of();
        }
        if (!request.endedAt().isAfter(request.startedAt())) {
            return List.of(new Violation("endedAt", "must be after startedAt"));
        }
        if (Duration.between(request.startedAt(), request.endedAt()).compareTo(LONGEST) > 0) {
            return List.of(new Violation("endedAt", "a session may last at most 24 hours; split longer work"));
        }
        return List.of();
    };

    /** The paid and unpaid minutes fit in the time between start and end. */
    static final Rule<SessionRequest> MINUTES_FIT_THE_SESSION = request -> {
        if (request.endedAt() == null || !request.endedAt().isAfter(request.startedAt())) {
            return List.of();
        }
        long minutes = request.paidMinutes();
        for (UnpaidCategory category : UnpaidCategory.values()) {
            minutes += request.unpaid(category);
        }
        long length = Duration.between(request.startedAt(), request.endedAt()).toMinutes();
        if (minutes > length) {
            return List.of(new Violation("paidMinutes", "paid and unpaid minutes add up to " + minutes
                    + ", more than the " + length + " minutes between startedAt and endedAt"));
        }
        return List.of();
    };

    static Rule<SessionRequest> all(Clock clock) {
        return Rule.all(inThePast(clock), ENDS_AFTER_IT_STARTS_WITHIN_A_DAY, MINUTES_FIT_THE_SESSION);
    }
}
