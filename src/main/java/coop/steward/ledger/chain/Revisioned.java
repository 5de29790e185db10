package coop.steward.ledger.chain;

import java.time.Instant;
import java.util.UUID;

/** One stored revision of a worker's record: what {@link RevisionLog} needs to write it exactly once. */
public interface Revisioned {

    String kind();

    /** The row's own id: one per revision. */
    UUID revisionId();

    UUID recordId();

    int revision();

    UUID workerId();

    boolean deleted();

    Instant recordedAt();

    boolean recordedLate();

    /** The record's own fields in canonical JSON, without revision or recording metadata. */
    String contentJson();

    default Operation operation() {
        return deleted() ? Operation.DELETE : revision() == 1 ? Operation.CREATE : Operation.CORRECT;
    }

    default RevisionKey key() {
        return new RevisionKey(kind(), recordId(), revision());
    }

    default ChainEntry chainEntry() {
        return new ChainEntry(key(), operation(), recordedAt(), recordedLate(), contentJson());
    }
}
