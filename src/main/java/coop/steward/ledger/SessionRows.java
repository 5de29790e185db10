package coop.steward.ledger;

import coop.steward.record.InTransaction;
import coop.steward.record.RevisionStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the revision log stores work sessions, and where the ledger reads them: plain JDBC on the transaction's
 * connection (ADR 0028), because sessions are what phones write most and what every figure reads most. The
 * repository's insert spent more of the write path's CPU than any statement of the chain, and its mapping (a column
 * looked up by name, a property set through introspection) was most of the rollup refresher's CPU, which reads a
 * worker's whole history again after a write. Marking a revision superseded stays on the repository.
 */
@Singleton
class SessionRows implements RevisionStore<WorkSession> {

    // Every column of work_session (V11), in the order bound below; a column added there must be added here too,
    // which the ledger tests show by a refused insert or a session that reads back without it.
    private static final String INSERT = "INSERT INTO work_session (revision_id, record_id, revision, worker_id, "
            + "current_revision, deleted, recorded_at, recorded_late, engagement_id, started_at, ended_at, time_zone, "
            + "paid_minutes, unpaid_onboarding_minutes, unpaid_instructions_minutes, unpaid_waiting_minutes, "
            + "unpaid_paused_research_minutes, unpaid_rework_minutes, unpaid_rejected_minutes, unpaid_admin_minutes, "
            + "tasks_done, tasks_rejected, task_estimate_minutes, exposure, support_offered, note) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String COLUMNS = INSERT.substring(INSERT.indexOf('(') + 1, INSERT.indexOf(')'));
    private static final String CURRENT_OF_MANY = "SELECT " + COLUMNS + " FROM work_session "
            + "WHERE record_id IN (%s) AND current_revision = TRUE";
    private static final String LIVE_BETWEEN = "SELECT " + COLUMNS + " FROM work_session "
            + "WHERE worker_id = ? AND current_revision = TRUE AND deleted = FALSE AND started_at >= ? AND started_at < ? "
            + "ORDER BY started_at";

    private final SessionRepository sessions;
    private final TransactionOperations<Connection> transactions;

    SessionRows(SessionRepository sessions, TransactionOperations<Connection> transactions) {
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public Optional<WorkSession> current(UUID recordId) {
        return Optional.ofNullable(currentAll(List.of(recordId)).get(recordId));
    }

    @Override
    public Map<UUID, WorkSession> currentAll(Collection<UUID> recordIds) {
        List<String> ids = recordIds.stream().distinct().map(UUID::toString).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = CURRENT_OF_MANY.formatted(String.join(", ", Collections.nCopies(ids.size(), "?")));
        Map<UUID, WorkSession> found = new HashMap<>();
        select(sql, ids.toArray()).forEach(session -> found.put(session.recordId(), session));
        return found;
    }

    /** The worker's live sessions that started in {@code [from, to)}, in the order they started. */
    List<WorkSession> liveBetween(UUID workerId, Instant from, Instant to) {
        return select(LIVE_BETWEEN, workerId.toString(), Timestamp.from(from), Timestamp.from(to));
    }

    private List<WorkSession> select(String sql, Object... parameters) {
        try (PreparedStatement select = InTransaction.connection(transactions).prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<WorkSession> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(read(rows));
                }
                return found;
            }
        } catch (SQLException failed) {
            throw new DataAccessException("could not read work sessions", failed);
        }
    }

    @Override
    public void insert(WorkSession revision) {
        insertAll(List.of(revision));
    }

    @Override
    public void insertAll(List<WorkSession> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = InTransaction.connection(transactions).prepareStatement(INSERT)) {
            if (revisions.size() == 1) {
                // One row as a plain statement: MariaDB Connector/J sends even a batch of one as a bulk command,
                // which prepares it on the server first.
                bind(insert, revisions.get(0));
                insert.executeUpdate();
                return;
            }
            for (WorkSession session : revisions) {
                bind(insert, session);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failed) {
            throw new DataAccessException("could not store " + revisions.size() + " work sessions", failed);
        }
    }

    @Override
    public void supersede(WorkSession revision) {
        sessions.supersede(revision);
    }

    private static void bind(PreparedStatement insert, WorkSession session) throws SQLException {
        int column = 0;
        insert.setString(++column, session.revisionId().toString());
        insert.setString(++column, session.recordId().toString());
        insert.setInt(++column, session.revision());
        insert.setString(++column, session.workerId().toString());
        insert.setBoolean(++column, session.currentRevision());
        insert.setBoolean(++column, session.deleted());
        insert.setTimestamp(++column, Timestamp.from(session.recordedAt()));
        insert.setBoolean(++column, session.recordedLate());
        insert.setString(++column, session.engagementId().toString());
        insert.setTimestamp(++column, Timestamp.from(session.startedAt()));
        setTimestamp(insert, ++column, session.endedAt());
        insert.setString(++column, session.timeZone());
        insert.setInt(++column, session.paidMinutes());
        insert.setInt(++column, session.unpaidOnboardingMinutes());
        insert.setInt(++column, session.unpaidInstructionsMinutes());
        insert.setInt(++column, session.unpaidWaitingMinutes());
        insert.setInt(++column, session.unpaidPausedResearchMinutes());
        insert.setInt(++column, session.unpaidReworkMinutes());
        insert.setInt(++column, session.unpaidRejectedMinutes());
        insert.setInt(++column, session.unpaidAdminMinutes());
        insert.setInt(++column, session.tasksDone());
        insert.setInt(++column, session.tasksRejected());
        if (session.taskEstimateMinutes() == null) {
            insert.setNull(++column, Types.INTEGER);
        } else {
            insert.setInt(++column, session.taskEstimateMinutes());
        }
        insert.setString(++column, session.exposure().name());
        insert.setBoolean(++column, session.supportOffered());
        if (session.note() == null) {
            insert.setNull(++column, Types.VARCHAR);
        } else {
            insert.setString(++column, session.note());
        }
    }

    /** One row, its columns in the order of {@link #INSERT}. */
    private static WorkSession read(ResultSet row) throws SQLException {
        int column = 0;
        return new WorkSession(
                UUID.fromString(row.getString(++column)),
                UUID.fromString(row.getString(++column)),
                row.getInt(++column),
                UUID.fromString(row.getString(++column)),
                row.getBoolean(++column),
                row.getBoolean(++column),
                row.getTimestamp(++column).toInstant(),
                row.getBoolean(++column),
                UUID.fromString(row.getString(++column)),
                row.getTimestamp(++column).toInstant(),
                instantOrNull(row.getTimestamp(++column)),
                row.getString(++column),
                row.getInt(++column),
                row.getInt(++column),
                row.getInt(++column),
                row.getInt(++column),
                row.getInt(++column),
                row.getInt(++column),
                row.getInt(++column),
                row.getInt(++column),
                row.getInt(++column),
                row.getInt(++column),
                integerOrNull(row, ++column),
                Exposure.valueOf(row.getString(++column)),
                row.getBoolean(++column),
                row.getString(++column));
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp value) {
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Integer integerOrNull(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static void setTimestamp(PreparedStatement insert, int column, @Nullable Instant value) throws SQLException {
        if (value == null) {
            insert.setNull(column, Types.TIMESTAMP);
        } else {
            insert.setTimestamp(column, Timestamp.from(value));
        }
    }
}
