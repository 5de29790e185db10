package coop.steward.record;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One revision in a record's history, with the record as it stood then. */
@Serdeable
public record RevisionView<V>(int revision, Operation operation, Instant recordedAt, boolean recordedLate, V record) {

    public static <V> RevisionView<V> of(Revisioned stored, V record) {
        Revision header = stored.header();
        return new RevisionView<>(header.number(), header.operation(), header.recordedAt(), header.recordedLate(),
                record);
    }
}
