package coop.steward.record;

import coop.steward.common.digest.Sha256;
import coop.steward.common.id.UuidV7;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Each worker's hash chain over every revision of every record they keep:
 * {@code hash = SHA-256(previous hash ‖ canonical JSON of the entry)}, starting from 64 zeros.
 */
@Singleton
public class HashChain {

    public static final String GENESIS = "0".repeat(64);

    // The write path's own statements (ADR 0027): one round trip each, or one batch for a transaction's rows.
    private static final String CREATE_HEAD = "INSERT IGNORE INTO ledger_head (worker_id, seq, hash) VALUES (?, 0, ?)";
    private static final String INSERT_LINK = "INSERT INTO ledger_entry (id, worker_id, seq, kind, record_id, revision, "
            + "operation, recorded_at, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LOCK_HEADS = "SELECT worker_id, seq, hash FROM ledger_head WHERE worker_id IN (%s) "
            + "ORDER BY worker_id FOR UPDATE";
    private static final String MOVE_HEADS = "UPDATE ledger_head SET seq = CASE worker_id %1$s END, "
            + "hash = CASE worker_id %2$s END WHERE worker_id IN (%3$s)";

    private final ChainLinkRowRepository links;
    private final ChainHeadRowRepository heads;
    private final List<RevisionSource> sources;
    private final List<RevisionObserver> observers;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    HashChain(ChainLinkRowRepository links, ChainHeadRowRepository heads, List<RevisionSource> sources,
              List<RevisionObserver> observers, TransactionOperations<Connection> transactions, Clock clock) {
        this.links = links;
        this.heads = heads;
        this.sources = sources;
        this.observers = observers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Takes the worker's write lock until the caller's transaction ends. {@link RevisionLog} calls it before
     * reading what a write depends on (does this id exist? which revision is current?), so that retries racing
     * each other see each other's writes.
     */
    ChainHead lock(UUID workerId) {
        return lockAll(List.of(workerId)).get(workerId);
    }

    /**
     * Takes the write locks of several workers in one statement, in the order of their ids (as every transaction
     * that locks more than one takes them, so two never wait on each other crosswise).
     */
    Map<UUID, ChainHead> lockAll(Collection<UUID> workerIds) {
        Map<UUID, ChainHead> locked = new HashMap<>();
        List<UUID> ordered = workerIds.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
        if (ordered.isEmpty()) {
            return locked;
        }
        Connection connection = connection();
        try {
            lockExisting(connection, ordered, locked);
            List<UUID> missing = ordered.stream().filter(workerId -> !locked.containsKey(workerId)).toList();
            if (!missing.isEmpty()) {
                // Lock first and create only when missing: INSERT IGNORE on an existing row takes a shared lock, and
                // two writers that each hold one and then ask for the exclusive lock deadlock each other on InnoDB.
                try (PreparedStatement create = connection.prepareStatement(CREATE_HEAD)) {
                    for (UUID workerId : missing) {
                        create.setString(1, workerId.toString());
                        create.setString(2, GENESIS);
                        create.executeUpdate();
                    }
                }
                lockExisting(connection, missing, locked);
            }
        } catch (SQLException failed) {
            throw new DataAccessException("could not lock the chain heads of " + ordered.size() + " workers", failed);
        }
        if (locked.size() != ordered.size()) {
            throw new IllegalStateException("a chain head could not be created");
        }
        return locked;
    }

    private static void lockExisting(Connection connection, List<UUID> workerIds, Map<UUID, ChainHead> locked)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK_HEADS.formatted(placeholders(workerIds.size())))) {
            for (int i = 0; i < workerIds.size(); i++) {
                select.setString(i + 1, workerIds.get(i).toString());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    locked.put(UUID.fromString(rows.getString(1)), new ChainHead(rows.getLong(2), rows.getString(3)));
                }
            }
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * Links one revision to the worker's chain after {@code lockedHead}, which must be what {@link #lock} answered
     * in the caller's transaction, or what an earlier link in it answered: the lock is held until the transaction
     * ends, so the head cannot have moved. The link row is returned for {@link #insertLinks}, which stores a
     * transaction's links together; the unique (worker, seq) key refuses a fork.
     */
    ChainLinkRow link(UUID workerId, ChainHead lockedHead, RevisionEnvelope envelope) {
        String previous = lockedHead.hash();
        String hash = Sha256.hex(previous + envelope.signedText());
        RevisionKey key = envelope.key();
        return new ChainLinkRow(UuidV7.generate(clock), workerId, lockedHead.seq() + 1, key.kind(), key.recordId(),
                key.revision(), envelope.operation(), envelope.recordedAt(), previous, hash);
    }

    /** Stores the links of one transaction in one batch, in the order they were made. */
    void insertLinks(List<ChainLinkRow> rows) {
        try (PreparedStatement insert = connection().prepareStatement(INSERT_LINK)) {
            for (ChainLinkRow row : rows) {
                insert.setString(1, row.id().toString());
                insert.setString(2, row.workerId().toString());
                insert.setLong(3, row.seq());
                insert.setString(4, row.kind());
                insert.setString(5, row.recordId().toString());
                insert.setInt(6, row.revision());
                insert.setString(7, row.operation().name());
                insert.setTimestamp(8, Timestamp.from(row.recordedAt()));
                insert.setString(9, row.previousHash());
                insert.setString(10, row.hash());
                if (rows.size() == 1) {
                    // One row as a plain statement: MariaDB Connector/J sends even a batch of one as a bulk command,
                    // which costs a server-side prepare and close besides the insert.
                    insert.executeUpdate();
                    return;
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failed) {
            throw new DataAccessException("could not store " + rows.size() + " chain links", failed);
        }
    }

    /** Writes each worker's head after the links a transaction added under its lock, in one statement. */
    void moveHeads(Map<UUID, ChainHead> moved) {
        String when = String.join(" ", Collections.nCopies(moved.size(), "WHEN ? THEN ?"));
        try (PreparedStatement update = connection().prepareStatement(
                MOVE_HEADS.formatted(when, when, placeholders(moved.size())))) {
            int column = 0;
            for (Map.Entry<UUID, ChainHead> head : moved.entrySet()) {
                update.setString(++column, head.getKey().toString());
                update.setLong(++column, head.getValue().seq());
            }
            for (Map.Entry<UUID, ChainHead> head : moved.entrySet()) {
                update.setString(++column, head.getKey().toString());
                update.setString(++column, head.getValue().hash());
            }
            for (UUID workerId : moved.keySet()) {
                update.setString(++column, workerId.toString());
            }
            update.executeUpdate();
        } catch (SQLException failed) {
            throw new DataAccessException("could not move " + moved.size() + " chain heads", failed);
        }
    }

    /** The connection of the caller's transaction: the chain is only ever written inside one. */
    private Connection connection() {
        return InTransaction.connection(transactions);
    }

    /** Tells every observer, inside the caller's transaction, whose records it changed. */
    void revised(Set<UUID> workerIds) {
        for (RevisionObserver observer : observers) {
            observer.revised(workerIds);
        }
    }

    /** The newest link: what an evidence pack quotes. */
    @Transactional(readOnly = true)
    public ChainHead head(UUID workerId) {
        return heads.findById(workerId)
                .map(head -> new ChainHead(head.seq(), head.hash()))
                .orElse(new ChainHead(0, GENESIS));
    }

    /**
     * Every link of the worker's chain in order, each with the revision it signs as rebuilt from the stored rows
     * (null if that row is gone, which {@link #verify} reports).
     */
    @Transactional(readOnly = true)
    public List<ChainedRevision> revisions(UUID workerId) {
        Map<RevisionKey, RevisionEnvelope> stored = new HashMap<>();
        for (RevisionSource source : sources) {
            source.envelopesOf(workerId).forEach(envelope -> stored.put(envelope.key(), envelope));
        }
        return links.findByWorkerIdOrderBySeq(workerId).stream()
                .map(link -> new ChainedRevision(new ChainLink(link.seq(), link.previousHash(), link.hash()),
                        link.key(), stored.get(link.key())))
                .toList();
    }

    /** Recomputes the chain from the stored rows and reports the first link that no longer holds. */
    @Transactional(readOnly = true)
    public Verification verify(UUID workerId) {
        Map<RevisionKey, RevisionEnvelope> stored = new HashMap<>();
        for (RevisionSource source : sources) {
            source.envelopesOf(workerId).forEach(envelope -> stored.put(envelope.key(), envelope));
        }
        List<ChainLinkRow> rows = links.findByWorkerIdOrderBySeq(workerId);
        String previous = GENESIS;
        long expectedSeq = 1;
        for (Iterator<ChainLinkRow> it = rows.iterator(); it.hasNext(); expectedSeq++) {
            ChainLinkRow link = it.next();
            RevisionEnvelope envelope = stored.remove(link.key());
            String reason = null;
            if (link.seq() != expectedSeq) {
                reason = "entry " + expectedSeq + " is missing";
            } else if (!link.previousHash().equals(previous)) {
                reason = "does not link to the entry before it";
            } else if (envelope == null) {
                reason = "its record revision is missing";
            } else if (!link.hash().equals(Sha256.hex(previous + envelope.signedText()))) {
                reason = "the stored record no longer matches its hash";
            }
            if (reason != null) {
                return broken(rows.size(), link, reason);
            }
            previous = link.hash();
        }
        String head = head(workerId).hash();
        if (!head.equals(previous)) {
            return new Verification(false, rows.size(), head,
                    new Verification.BrokenLink(expectedSeq, null, null, null, "the chain ends before its head"));
        }
        if (!stored.isEmpty()) {
            RevisionKey stray = stored.keySet().iterator().next();
            return new Verification(false, rows.size(), head, new Verification.BrokenLink(expectedSeq,
                    stray.kind(), stray.recordId().toString(), stray.revision(), "a record revision is not in the chain"));
        }
        return new Verification(true, rows.size(), head, null);
    }

    private Verification broken(long count, ChainLinkRow link, String reason) {
        return new Verification(false, count, head(link.workerId()).hash(), new Verification.BrokenLink(link.seq(),
                link.kind(), link.recordId().toString(), link.revision(), reason));
    }
}
