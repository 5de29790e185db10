package coop.steward.common.limits;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per limited action and client (an account, or an address for sign-up), kept in this instance's
 * memory: several instances behind one address each allow the full rate, and a restart forgets every bucket.
 */
@Singleton
public class RateLimits {

    /** Past this many buckets, the full ones (clients that have not asked for a while) are forgotten. */
    static final int PRUNE_ABOVE = 50_000;

    private final Clock clock;
    private final Map<LimitedAction, Integer> bursts = new EnumMap<>(LimitedAction.class);
    private final Map<LimitedAction, Duration> refills = new EnumMap<>(LimitedAction.class);
    private final Map<LimitedAction, Map<String, TokenBucket>> buckets = new EnumMap<>(LimitedAction.class);

    RateLimits(Clock clock, Environment environment) {
        this.clock = clock;
        for (LimitedAction action : LimitedAction.values()) {
            String prefix = "steward.limits." + action.configName() + ".";
            int burst = environment.getProperty(prefix + "burst", Integer.class).orElse(action.defaultBurst());
            Duration refill = environment.getProperty(prefix + "refill", Duration.class).orElse(action.defaultRefill());
            if (burst < 1 || refill.isNegative() || refill.isZero()) {
                throw new IllegalStateException(prefix + "burst must be at least 1 and " + prefix + "refill positive");
            }
            bursts.put(action, burst);
            refills.put(action, refill);
            buckets.put(action, new ConcurrentHashMap<>());
        }
    }

    /** Spends one of the client's tokens for the action, or refuses with 429 and how long to wait. */
    public void spend(LimitedAction action, String client) {
        long now = clock.millis();
        Map<String, TokenBucket> clients = buckets.get(action);
        if (clients.size() > PRUNE_ABOVE) {
            clients.values().removeIf(bucket -> bucket.isFull(now));
        }
        Duration wait = clients.computeIfAbsent(client, key -> new TokenBucket(bursts.get(action), refills.get(action), now))
                .take(now);
        if (!wait.isZero()) {
            long seconds = ProblemException.retryAfterSeconds(wait);
            throw ProblemException.retryLater(ProblemType.RATE_LIMITED, "Too many " + action.what() + ": at most "
                    + bursts.get(action) + " at once, then one every " + describe(refills.get(action))
                    + "; try again in " + seconds + " s", wait);
        }
    }

    private static String describe(Duration refill) {
        return refill.toSeconds() >= 1 && refill.toMillisPart() == 0 ? refill.toSeconds() + " s" : refill.toMillis() + " ms";
    }
}
