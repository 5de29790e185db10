package coop.steward.organizing.rollup;

import coop.steward.record.RevisionObserver;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks a worker's rollups as behind their records, in the transaction that changed the records (ADR 0050): one
 * upsert per transaction for all its workers, however many of their records it stores, so the write path pays one cheap
 * statement and the recomputation happens later, in {@link RollupRefresher}.
 */
@Singleton
class RollupOutbox implements RevisionObserver {

    private static final String MARK = "INSERT INTO rollup_dirty (worker_id, version, refreshed_version) VALUES %s "
            + "ON DUPLICATE KEY UPDATE version = version + 1";
    /** Rows per statement when a rebuild marks many workers: far below any database's limit on parameters. */
    private static final int LARGEST_MARK = 500;

    private final TransactionOperations<Connection> transactions;
    /** The workers each open transaction (by its connection) has marked already; forgotten when it completes. */
    private final Map<Connection, Set<UUID>> markedIn = new ConcurrentHashMap<>();

    RollupOutbox(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void revised(Set<UUID> workerIds) {
        Optional<? extends TransactionStatus<?>> status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            transactions.executeWrite(tx -> {
                mark(tx.getConnection(), workerIds);
                return null;
            });
            return;
        }
        Connection connection = (Connection) status.get().getConnection();
        Set<UUID> marked = markedIn.computeIfAbsent(connection, key -> {
            status.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(Status completed) {
                    markedIn.remove(key);
                }
            });
            return new HashSet<>();
        });
        Set<UUID> fresh = new HashSet<>(workerIds);
        fresh.removeAll(marked);
        if (!fresh.isEmpty()) {
            mark(connection, fresh);
            marked.addAll(fresh);
        }
    }

    /** Marks workers outside any write of theirs: a change the record core does not see (a new time zone), a rebuild. */
    void markAll(Connection connection, Collection<UUID> workerIds) {
        mark(connection, workerIds);
    }

    private static void mark(Connection connection, Collection<UUID> workerIds) {
        List<UUID> ordered = workerIds.stream().distinct().sorted().toList();
        for (int from = 0; from < ordered.size(); from += LARGEST_MARK) {
            markRows(connection, ordered.subList(from, Math.min(ordered.size(), from + LARGEST_MARK)));
        }
    }

    private static void markRows(Connection connection, List<UUID> workerIds) {
        String rows = String.join(", ", Collections.nCopies(workerIds.size(), "(?, 1, 0)"));
        try (PreparedStatement mark = connection.prepareStatement(MARK.formatted(rows))) {
            for (int i = 0; i < workerIds.size(); i++) {
                mark.setString(i + 1, workerIds.get(i).toString());
            }
            mark.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("could not mark rollups as behind the records", failed);
        }
    }
}
