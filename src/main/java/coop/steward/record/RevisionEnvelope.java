package coop.steward.record;

import java.time.Instant;

/**
 * One revision as the chain signs it: which revision of which record, what it did, when the server recorded it,
 * and the record's canonical JSON. It is built the same way when a revision is written and when
 * {@link RevisionSource} reads it back, so any change to a stored row changes its hash.
 */
public record RevisionEnvelope(RevisionKey key, Operation operation, Instant recordedAt, boolean recordedLate,
                         String canonicalJson) {

    /** The text that is hashed after the previous hash; evidence packs embed it so anyone can recompute the link. */
    public String signedText() {
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
