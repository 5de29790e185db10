package coop.steward.organizing.dashboard;

import coop.steward.common.time.Instants;
import coop.steward.organizing.dashboard.PublicationInputs.Scope;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * Keeps each publication that someone reads released in the background (ADR 0056): every check interval it looks
 * whether a publication's inputs moved (rollups, registry, consent, k, window) and, at most once per minimum
 * interval, makes a new release off the request threads, so a burst of writes costs one release. Reads answer the
 * latest release at once. A publication nobody read for the idle time is dropped, so nobody's figures are
 * recomputed for nobody.
 */
@Singleton
class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final PublicationMaker maker;
    private final Clock clock;
    private final Duration minInterval;
    private final Duration idle;
    private final ExecutorService makers;
    private final Map<Scope, ReleaseDesk<Release>> desks = new ConcurrentHashMap<>();

    Publisher(PublicationMaker maker, Clock clock,
              @Value("${steward.dashboards.min-interval:10s}") Duration minInterval,
              @Value("${steward.dashboards.idle:1h}") Duration idle,
              @Value("${steward.dashboards.publisher-threads:2}") int threads) {
        this.maker = maker;
        this.clock = clock;
        this.minInterval = minInterval;
        this.idle = idle;
        this.makers = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "dashboard-publisher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What a read answers: the release, and whether a newer one is being made or due. */
    record Read(Release release, boolean newerComing) {
    }

    /** The scope's latest release that {@code usable} accepts; waits only when there is none yet or it is unfit. */
    Read read(Scope scope, Predicate<Release> usable) {
        ReleaseDesk<Release> desk = desks.computeIfAbsent(scope, this::desk);
        Release release = desk.read(usable, Instants.now(clock));
        return new Read(release, desk.newerComing());
    }

    @Scheduled(fixedDelay = "${steward.dashboards.check-interval:1s}",
            initialDelay = "${steward.dashboards.check-interval:1s}")
    void check() {
        Instant now = Instants.now(clock);
        PublicationMaker.Moment moment = maker.new Moment();
        desks.forEach((scope, desk) -> {
            try {
                check(scope, desk, now, moment);
            } catch (RuntimeException failed) {
                // The database may be out of reach for a moment: the latest release stays, the next check tries again.
                LOG.warn("could not check whether {} needs a new release", scope, failed);
            }
        });
    }

    private void check(Scope scope, ReleaseDesk<Release> desk, Instant now, PublicationMaker.Moment moment) {
        if (desk.lastRead().plus(idle).isBefore(now) && !desk.isMaking()) {
            desks.remove(scope, desk);
            return;
        }
        Release latest = desk.latest();
        if (latest == null || desk.isMaking() || latest.key().equals(maker.inputs(scope, moment).key())) {
            return;
        }
        if (desk.lastAttempt().plus(minInterval).isAfter(now)) {
            desk.changed();
        } else {
            desk.release(now);
        }
    }

    private ReleaseDesk<Release> desk(Scope scope) {
        return new ReleaseDesk<>(scope.kind() + " " + scope.id(), () -> maker.make(maker.inputs(scope)), makers,
                Instants.now(clock));
    }

    @PreDestroy
    void close() {
        makers.shutdownNow();
    }
}
