package coop.steward.record;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;

/** The connection of the caller's transaction, for the write path's own statements (ADR 0027, 0028). */
public final class InTransaction {

    private InTransaction() {
    }

    /** Fails at once outside a transaction: the write path's rows are only ever written inside one. */
    public static Connection connection(TransactionOperations<Connection> transactions) {
        return (Connection) transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("the write path writes only inside a transaction"))
                .getConnection();
    }
}
