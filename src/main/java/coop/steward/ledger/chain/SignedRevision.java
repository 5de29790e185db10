package coop.steward.ledger.chain;

import io.micronaut.core.annotation.Nullable;

/** One link of a worker's chain with the revision it signs; the entry is null when its row is missing. */
public record SignedRevision(ChainLink link, RevisionKey key, @Nullable ChainEntry entry) {
}
