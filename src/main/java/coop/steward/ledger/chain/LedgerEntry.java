package coop.steward.ledger.chain;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A link of a worker's hash chain. */
@MappedEntity("ledger_entry")
record LedgerEntry(
        @Id UUID id,
        UUID workerId,
        long seq,
        String kind,
        UUID recordId,
        int revision,
        Operation operation,
        Instant recordedAt,
        String previousHash,
        String hash) {

    RevisionKey key() {
        return new RevisionKey(kind, recordId, revision);
    }
}
