package coop.steward.record;

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

    default Revision header() {
        return new Revision(revisionId(), recordId(), revision(), workerId(), deleted(), recordedAt(), recordedLate());
    }

    default Operation operation() {
        return header().operation();
    }

    default RevisionKey key() {
        return new RevisionKey(kind(), recordId(), revision());
    }

    default RevisionEnvelope envelope() {
        return new RevisionEnvelope(key(), operation(), recordedAt(), recordedLate(), contentJson());
    }
}
