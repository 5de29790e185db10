package coop.steward.ledger;

import coop.steward.record.InTransaction;
import coop.steward.record.RevisionStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the revision log stores work sessions: their rows in one JDBC batch on the transaction's connection (ADR
 * 0028), because sessions are what phones write most and the repository's own insert spent more of the write path's
 * CPU than any statement of the chain. Reading, and marking a revision superseded, stay on the repository.
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

    private final SessionRepository sessions;
    private final TransactionOperations<Connection> transactions;

    SessionRows(SessionRepository sessions, TransactionOperations<Connection> transactions) {
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public Optional<WorkSession> current(UUID recordId) {
        return sessions.current(recordId);
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

    private static void setTimestamp(PreparedStatement insert, int column, @Nullable Instant value) throws SQLException {
        if (value == null) {
            insert.setNull(column, Types.TIMESTAMP);
        } else {
            insert.setTimestamp(column, Timestamp.from(value));
        }
    }
}
