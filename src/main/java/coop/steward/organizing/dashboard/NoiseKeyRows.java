package coop.steward.organizing.dashboard;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Stores the first key in a transaction of its own, so a lost race never spoils the reader's transaction. */
@Singleton
class NoiseKeyRows {

    private final NoiseKeyRepository rows;

    NoiseKeyRows(NoiseKeyRepository rows) {
        this.rows = rows;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void insert(NoiseKeyRow row) {
        rows.save(row);
    }
}
