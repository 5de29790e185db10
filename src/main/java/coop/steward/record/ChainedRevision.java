package coop.steward.record;

import io.micronaut.core.annotation.Nullable;

/** One link of a worker's chain with the revision it signs; the envelope is null when its row is missing. */
public record ChainedRevision(ChainLink link, RevisionKey key, @Nullable RevisionEnvelope envelope) {
}
