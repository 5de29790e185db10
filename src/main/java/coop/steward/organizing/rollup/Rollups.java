package coop.steward.organizing.rollup;

import coop.steward.common.concurrent.AllAtOnce;
import coop.steward.common.time.Instants;
import coop.steward.ledger.Engagements;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each worker's figures per gig and month, the one source every aggregate (dashboards, packs, registry) reads. The
 * rows follow the records through an outbox (ADR 0050): a write marks its worker in its own transaction
 * ({@link RollupOutbox}); {@link #refreshPending()}, which {@link RollupRefresher} runs every second, recomputes each
 * marked worker's rows from the ledger and clears the mark only if no write marked the worker again meanwhile.
 * {@link #rebuildAll()} runs the same computation for every worker, so it gives the same rows.
 */
@Singleton
public class Rollups {

    /** The currency every aggregate of money is reported in. */
    public static final String REPORTING_CURRENCY = "USD";

    private static final Logger LOG = LoggerFactory.getLogger(Rollups.class);
    private static final int BATCH = 200;

    private final RollupComputer computer;
    private final RollupTable table;
    private final RollupOutbox outbox;
    private final Engagements engagements;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final int rebuildThreads;
    /**
     * When this instance last stored each worker's rows, on the monotonic clock ({@link System#nanoTime}): spacing
     * saves work, it is not a business date, and a test's fixed clock must not stop it.
     */
    private final Map<UUID, Long> lastRefreshed = new ConcurrentHashMap<>();

    Rollups(RollupComputer computer, RollupTable table, RollupOutbox outbox, Engagements engagements,
            TransactionOperations<Connection> transactions, Clock clock,
            @Value("${steward.rollups.rebuild-threads:2}") int rebuildThreads) {
        this.computer = computer;
        this.table = table;
        this.outbox = outbox;
        this.engagements = engagements;
        this.transactions = transactions;
        this.clock = clock;
        this.rebuildThreads = Math.max(1, rebuildThreads);
    }

    /** Current rows of these workers whose month lies in [from, to]; reads only the rollup tables. */
    public List<RollupRow> forWorkers(Collection<UUID> workerIds, YearMonth from, YearMonth to) {
        if (workerIds.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        return transactions.executeRead(status -> sql(() -> table.rows(status.getConnection(), workerIds, from, to)));
    }

    /** A version that changes whenever any rollup row changes (a refresh, an erasure): caches key on it. */
    public long version() {
        return transactions.executeRead(status -> sql(() -> table.version(status.getConnection())));
    }

    /**
     * Brings every marked worker's rows up to date with their records, and marks first the workers whose figures
     * changed with time alone (a week's pay fell due). Answers how many workers it recomputed. Tests call it to see
     * their writes in the rollups at once; a write that lands during it leaves its worker marked for the next run.
     */
    public int refreshPending() {
        return refreshPending(Duration.ZERO);
    }

    /**
     * As {@link #refreshPending()}, but a worker this instance refreshed less than {@code spacing} ago stays marked
     * for a later run: a worker whose phone is syncing is recomputed once per spacing, not once per second.
     */
    int refreshPending(Duration spacing) {
        Instant now = Instants.now(clock);
        transactions.executeWrite(status -> sql(() -> {
            List<UUID> due = table.dueForRecheck(status.getConnection(), now);
            if (!due.isEmpty()) {
                outbox.markAll(status.getConnection(), due);
            }
            return null;
        }));
        long started = System.nanoTime();
        lastRefreshed.values().removeIf(refreshed -> started - refreshed >= spacing.toNanos());
        int refreshed = 0;
        while (true) {
            Map<UUID, Long> dirty = transactions.executeRead(status -> sql(() -> table.dirty(status.getConnection(), BATCH)));
            int progress = 0;
            for (Map.Entry<UUID, Long> marked : dirty.entrySet()) {
                if (!lastRefreshed.containsKey(marked.getKey()) && refresh(marked.getKey(), Optional.of(marked.getValue()))) {
                    progress++;
                }
            }
            refreshed += progress;
            // Stop when nothing moved (a worker whose writes keep coming, or refreshed too recently, waits).
            if (dirty.size() < BATCH || progress == 0) {
                return refreshed;
            }
        }
    }

    /** Recomputes every worker's rows from the ledger; returns the number of rows. Same rows as maintained. */
    public RebuildReport rebuildAll() {
        Instant started = Instants.now(clock);
        Set<UUID> workers = new LinkedHashSet<>(engagements.workerIds());
        workers.addAll(transactions.executeRead(status -> sql(() -> table.workersWithRows(status.getConnection()))));
        AtomicInteger rows = new AtomicInteger();
        AllAtOnce.run("the rollup rebuild", rebuildThreads,
                workers.stream().<Runnable>map(worker -> () -> rows.addAndGet(rebuild(worker))).toList());
        return new RebuildReport(workers.size(), rows.get(), Duration.between(started, Instants.now(clock)));
    }

    private int rebuild(UUID worker) {
        Optional<Long> marked = transactions.executeRead(status -> sql(() -> table.dirtyVersion(status.getConnection(), worker)));
        RollupComputer.Computed computed = computer.compute(worker);
        store(worker, computed, marked);
        return computed.rows().size();
    }

    /** Recomputes one worker; true when the rows were stored and the mark read as {@code version} cleared. */
    private boolean refresh(UUID worker, Optional<Long> version) {
        try {
            boolean cleared = store(worker, computer.compute(worker), version);
            lastRefreshed.put(worker, System.nanoTime());
            return cleared;
        } catch (RuntimeException failed) {
            // Left marked: the next run tries again (an erasure racing the refresh, a deadlock victim).
            LOG.warn("could not refresh the rollups of a worker; it stays marked", failed);
            return false;
        }
    }

    private boolean store(UUID worker, RollupComputer.Computed computed, Optional<Long> version) {
        if (!computed.exists()) {
            return false;
        }
        return transactions.executeWrite(status -> sql(() -> {
            Connection connection = status.getConnection();
            long seq = table.nextSequence(connection);
            table.replace(connection, worker, computed.rows(), seq, Instants.now(clock), computed.recheckAt());
            return version.isPresent() && table.clear(connection, worker, version.get());
        }));
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException failed) {
            throw new IllegalStateException("the rollup tables could not be read or written", failed);
        }
    }
}
