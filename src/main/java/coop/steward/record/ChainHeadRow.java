package coop.steward.record;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The stored head of a worker's chain; its row lock serializes the worker's writes. */
@MappedEntity("ledger_head")
record ChainHeadRow(@Id UUID workerId, long seq, String hash) {
}
