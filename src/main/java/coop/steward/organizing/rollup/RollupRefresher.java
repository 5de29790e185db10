package coop.steward.organizing.rollup;

import coop.steward.account.TimeZoneChanged;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * Keeps the rollups within seconds of the records: every second it refreshes the workers the outbox marked, each at
 * most once per {@code steward.rollups.spacing} (5 s: a phone syncing 500 entries would otherwise have its whole
 * history recomputed every second while it writes, and the dashboards release at most every 10 s anyway), working
 * at most {@code steward.rollups.share} of the time ({@link RefreshShare}: a fifth, so that under a burst of writes
 * the refresher does not take the processor they need); and a worker's new time zone, which moves their days without
 * a new record, marks them too.
 */
@Singleton
class RollupRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRefresher.class);

    private final Rollups rollups;
    private final RollupOutbox outbox;
    private final TransactionOperations<Connection> transactions;
    private final Duration spacing;
    private final RefreshShare share;

    RollupRefresher(Rollups rollups, RollupOutbox outbox, TransactionOperations<Connection> transactions,
                    @Value("${steward.rollups.spacing:5s}") Duration spacing,
                    @Value("${steward.rollups.share:0.2}") double share) {
        this.rollups = rollups;
        this.outbox = outbox;
        this.transactions = transactions;
        this.spacing = spacing;
        this.share = new RefreshShare(share, System::nanoTime);
    }

    @Scheduled(fixedDelay = "${steward.rollups.refresh-interval:1s}", initialDelay = "${steward.rollups.refresh-interval:1s}")
    void refresh() {
        if (share.resting()) {
            return;
        }
        try {
            share.run(() -> rollups.refreshPending(spacing));
        } catch (RuntimeException failed) {
            // The database may be out of reach for a while; the marks wait in the outbox.
            LOG.warn("rollup refresh failed; will try again", failed);
        }
    }

    @EventListener
    void zoneChanged(TimeZoneChanged changed) {
        transactions.executeWrite(status -> {
            outbox.markAll(status.getConnection(), List.of(changed.accountId()));
            return null;
        });
    }
}
