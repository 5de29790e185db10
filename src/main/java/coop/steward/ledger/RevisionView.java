package coop.steward.ledger;

import coop.steward.ledger.chain.Operation;
import coop.steward.ledger.chain.Revisioned;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One revision in a record's history, with the record as it stood then. */
@Serdeable
public record RevisionView<V>(int revision, Operation operation, Instant recordedAt, boolean recordedLate, V record) {

    public static <V> RevisionView<V> of(Revisioned revision, V record) {
        return new RevisionView<>(revision.revision(), revision.operation(), revision.recordedAt(),
                revision.recordedLate(), record);
    }
}
