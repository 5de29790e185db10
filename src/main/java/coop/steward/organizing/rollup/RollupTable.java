package coop.steward.organizing.rollup;

import coop.steward.grievance.GrievanceCategory;
import coop.steward.ledger.UnpaidCategory;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rollup tables in SQL. Plain JDBC rather than a repository because a worker's rows are replaced as a batch (one
 * round trip for all of them) and read in chunks of a thousand workers: the two things rollups must do fast.
 */
@Singleton
class RollupTable {

    private static final List<String> UNPAID = java.util.Arrays.stream(UnpaidCategory.values())
            .map(category -> "unpaid_" + category.name().toLowerCase(java.util.Locale.ROOT) + "_minutes").toList();
    private static final List<String> GRIEVANCES = java.util.Arrays.stream(GrievanceCategory.values())
            .map(category -> "grievances_" + category.name().toLowerCase(java.util.Locale.ROOT)).toList();
    private static final List<String> COLUMNS = columns();
    private static final String INSERT = "INSERT INTO rollup_row (" + String.join(", ", COLUMNS) + ", refresh_seq) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM rollup_row";
    private static final int CHUNK = 1000;

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("worker_id", "engagement_id", "month_start", "vendor_name",
                "vendor_id", "project_code_name", "client_name", "task_kind", "jurisdiction", "currency", "sessions",
                "paid_minutes"));
        columns.addAll(UNPAID);
        columns.addAll(List.of("gross_minor", "fees_minor", "net_minor", "net_reporting_minor", "gross_reporting_minor",
                "payments", "late_payments", "worker_weeks", "weeks_below_minimum", "weeks_assessed_minimum",
                "weeks_below_living", "weeks_assessed_living"));
        columns.addAll(GRIEVANCES);
        return List.copyOf(columns);
    }

    /** Takes the sequence's row lock (held to the commit, so refreshes never interleave) and answers the next number. */
    long nextSequence(Connection connection) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement("UPDATE rollup_sequence SET seq = seq + 1 WHERE id = 1")) {
            bump.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT seq FROM rollup_sequence WHERE id = 1");
             ResultSet result = read.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The refresh sequence and the number of workers with computed rows: together they change on any change. */
    long version(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT (SELECT seq FROM rollup_sequence WHERE id = 1), (SELECT COUNT(*) FROM rollup_worker)");
             ResultSet result = read.executeQuery()) {
            result.next();
            return (result.getLong(1) << 24) + result.getLong(2);
        }
    }

    /** Replaces the worker's rows; false when the worker no longer exists (erased meanwhile). */
    void replace(Connection connection, UUID workerId, List<RollupRow> rows, long seq, Instant now,
                 Optional<Instant> recheckAt) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rollup_row WHERE worker_id = ?")) {
            delete.setString(1, workerId.toString());
            delete.executeUpdate();
        }
        if (!rows.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (RollupRow row : rows) {
                    bind(insert, row);
                    insert.setLong(COLUMNS.size() + 1, seq);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rollup_worker WHERE worker_id = ?")) {
            delete.setString(1, workerId.toString());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rollup_worker (worker_id, refresh_seq, refreshed_at, recheck_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, workerId.toString());
            insert.setLong(2, seq);
            insert.setTimestamp(3, Timestamp.from(now));
            if (recheckAt.isPresent()) {
                insert.setTimestamp(4, Timestamp.from(recheckAt.get()));
            } else {
                insert.setNull(4, Types.TIMESTAMP);
            }
            insert.executeUpdate();
        }
    }

    /** The outbox's count of the worker's write transactions, if any wrote. */
    Optional<Long> dirtyVersion(Connection connection, UUID workerId) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT version FROM rollup_dirty WHERE worker_id = ?")) {
            read.setString(1, workerId.toString());
            try (ResultSet result = read.executeQuery()) {
                return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Records the worker as refreshed up to {@code version}, only if no write marked them again since it was read. */
    boolean clear(Connection connection, UUID workerId, long version) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement(
                "UPDATE rollup_dirty SET refreshed_version = ? WHERE worker_id = ? AND version = ?")) {
            clear.setLong(1, version);
            clear.setString(2, workerId.toString());
            clear.setLong(3, version);
            return clear.executeUpdate() == 1;
        }
    }

    /** Up to {@code limit} workers whose rows are behind, with the version read, in the order of their ids. */
    Map<UUID, Long> dirty(Connection connection, int limit) throws SQLException {
        Map<UUID, Long> found = new LinkedHashMap<>();
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT worker_id, version FROM rollup_dirty WHERE version > refreshed_version ORDER BY worker_id LIMIT "
                        + limit);
             ResultSet result = read.executeQuery()) {
            while (result.next()) {
                found.put(UUID.fromString(result.getString(1)), result.getLong(2));
            }
        }
        return found;
    }

    /** Workers whose figures change with time alone by {@code now}. */
    List<UUID> dueForRecheck(Connection connection, Instant now) throws SQLException {
        List<UUID> due = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT worker_id FROM rollup_worker WHERE recheck_at <= ? LIMIT 1000")) {
            read.setTimestamp(1, Timestamp.from(now));
            try (ResultSet result = read.executeQuery()) {
                while (result.next()) {
                    due.add(UUID.fromString(result.getString(1)));
                }
            }
        }
        return due;
    }

    /** Every worker with computed rows. */
    List<UUID> workersWithRows(Connection connection) throws SQLException {
        List<UUID> workers = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement("SELECT worker_id FROM rollup_worker");
             ResultSet result = read.executeQuery()) {
            while (result.next()) {
                workers.add(UUID.fromString(result.getString(1)));
            }
        }
        return workers;
    }

    List<RollupRow> rows(Connection connection, Collection<UUID> workerIds, YearMonth from, YearMonth to)
            throws SQLException {
        List<RollupRow> rows = new ArrayList<>();
        List<UUID> workers = workerIds.stream().distinct().sorted().toList();
        for (int start = 0; start < workers.size(); start += CHUNK) {
            List<UUID> chunk = workers.subList(start, Math.min(workers.size(), start + CHUNK));
            String sql = SELECT + " WHERE worker_id IN (" + "?, ".repeat(chunk.size() - 1) + "?)"
                    + " AND month_start >= ? AND month_start <= ? ORDER BY worker_id, engagement_id, month_start";
            try (PreparedStatement read = connection.prepareStatement(sql)) {
                int i = 1;
                for (UUID worker : chunk) {
                    read.setString(i++, worker.toString());
                }
                read.setDate(i++, Date.valueOf(from.atDay(1)));
                read.setDate(i, Date.valueOf(to.atDay(1)));
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        rows.add(row(result));
                    }
                }
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement insert, RollupRow row) throws SQLException {
        int i = 1;
        insert.setString(i++, row.workerId().toString());
        insert.setString(i++, row.engagementId().toString());
        insert.setDate(i++, Date.valueOf(row.month().atDay(1)));
        insert.setString(i++, row.vendorName());
        insert.setString(i++, row.vendorId() == null ? null : row.vendorId().toString());
        insert.setString(i++, row.projectCodeName());
        insert.setString(i++, row.clientName());
        insert.setString(i++, row.taskKind());
        insert.setString(i++, row.jurisdiction());
        insert.setString(i++, row.currency());
        insert.setInt(i++, row.sessions());
        insert.setInt(i++, row.paidMinutes());
        for (UnpaidCategory category : UnpaidCategory.values()) {
            insert.setInt(i++, row.unpaidMinutes().getOrDefault(category.name(), 0));
        }
        insert.setLong(i++, row.grossMinor());
        insert.setLong(i++, row.feesMinor());
        insert.setLong(i++, row.netMinor());
        setLong(insert, i++, row.netReportingMinor());
        setLong(insert, i++, row.grossReportingMinor());
        insert.setInt(i++, row.payments());
        insert.setInt(i++, row.latePayments());
        insert.setInt(i++, row.workerWeeks());
        insert.setInt(i++, row.weeksBelowMinimum());
        insert.setInt(i++, row.weeksAssessedMinimum());
        insert.setInt(i++, row.weeksBelowLiving());
        insert.setInt(i++, row.weeksAssessedLiving());
        for (GrievanceCategory category : GrievanceCategory.values()) {
            insert.setInt(i++, row.grievances().getOrDefault(category.name(), 0));
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static RollupRow row(ResultSet result) throws SQLException {
        int i = 1;
        UUID worker = UUID.fromString(result.getString(i++));
        UUID engagement = UUID.fromString(result.getString(i++));
        LocalDate monthStart = result.getDate(i++).toLocalDate();
        String vendorName = result.getString(i++);
        String vendorId = result.getString(i++);
        String codeName = result.getString(i++);
        String client = result.getString(i++);
        String taskKind = result.getString(i++);
        String jurisdiction = result.getString(i++);
        String currency = result.getString(i++);
        int sessions = result.getInt(i++);
        int paid = result.getInt(i++);
        Map<String, Integer> unpaid = new LinkedHashMap<>();
        for (UnpaidCategory category : UnpaidCategory.values()) {
            unpaid.put(category.name(), result.getInt(i++));
        }
        long gross = result.getLong(i++);
        long fees = result.getLong(i++);
        long net = result.getLong(i++);
        Long netReporting = nullableLong(result, i++);
        Long grossReporting = nullableLong(result, i++);
        int payments = result.getInt(i++);
        int late = result.getInt(i++);
        int weeks = result.getInt(i++);
        int belowMinimum = result.getInt(i++);
        int assessedMinimum = result.getInt(i++);
        int belowLiving = result.getInt(i++);
        int assessedLiving = result.getInt(i++);
        Map<String, Integer> grievances = new LinkedHashMap<>();
        for (GrievanceCategory category : GrievanceCategory.values()) {
            grievances.put(category.name(), result.getInt(i++));
        }
        return new RollupRow(worker, engagement, YearMonth.from(monthStart), vendorName,
                vendorId == null ? null : UUID.fromString(vendorId), codeName, client, taskKind, jurisdiction, currency,
                sessions, paid, unpaid, gross, fees, net, netReporting, grossReporting, payments, late, weeks,
                belowMinimum, assessedMinimum, belowLiving, assessedLiving, grievances);
    }

    private static Long nullableLong(ResultSet result, int index) throws SQLException {
        long value = result.getLong(index);
        return result.wasNull() ? null : value;
    }
}
