package coop.steward.record;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The stored row of one link of a worker's hash chain. */
@MappedEntity("ledger_entry")
record ChainLinkRow(
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
