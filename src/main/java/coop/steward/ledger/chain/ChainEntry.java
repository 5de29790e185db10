package coop.steward.ledger.chain;

import java.time.Instant;

/**
 * One revision as the chain signs it: what it is, when the server recorded it, and the record's canonical
 * JSON. Features build it the same way when they write a revision and when {@link ChainedRecordSource}
 * reads it back, so any change to a stored row changes its hash.
 */
public record ChainEntry(RevisionKey key, Operation operation, Instant recordedAt, boolean recordedLate,
                         String canonicalJson) {

    /** The bytes that are hashed after the previous hash. */
    String envelope() {
        return CanonicalJson.object()
                .put("kind", key.kind())
                .put("recordId", key.recordId())
                .put("revision", key.revision())
                .put("operation", operation)
                .put("recordedAt", recordedAt)
                .put("recordedLate", recordedLate)
                .putRaw("record", canonicalJson)
                .toString();
    }
}
