package coop.steward.ledger;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Whether a gig is one of the worker's live ones, asked before a write: by a grievance, by a session or payment that
 * a rule refuses anyway (so that the refusal names every bad field), and by the CSV import for each row. One
 * autocommit statement on a pooled connection that reads no row (ADR 0028), or one on the caller's connection inside
 * a transaction (the import), so that it sees what that transaction wrote. A session or payment that passes its
 * rules has its gig checked where it is stored instead ({@code Reference}, ADR 0032).
 */
@Singleton
class GigOwnership {

    private static final String LIVE_GIG = "SELECT 1 FROM engagement "
            + "WHERE record_id = ? AND worker_id = ? AND current_revision = TRUE AND deleted = FALSE LIMIT 1";

    private final DataSource pool;
    private final TransactionOperations<Connection> transactions;

    GigOwnership(DataSource dataSource, DataSourceResolver resolver, TransactionOperations<Connection> transactions) {
        // The pool itself: the bean the features use hands out connections only inside a transaction.
        this.pool = resolver.resolve(dataSource);
        this.transactions = transactions;
    }

    boolean isLiveGigOf(UUID workerId, UUID engagementId) {
        try {
            var status = transactions.findTransactionStatus();
            if (status.isPresent()) {
                return exists((Connection) status.get().getConnection(), workerId, engagementId);
            }
            try (Connection connection = pool.getConnection()) {
                return exists(connection, workerId, engagementId);
            }
        } catch (SQLException failed) {
            throw new DataAccessException("could not check the gig " + engagementId, failed);
        }
    }

    private static boolean exists(Connection connection, UUID workerId, UUID engagementId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LIVE_GIG)) {
            select.setString(1, engagementId.toString());
            select.setString(2, workerId.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
