package coop.steward.ledger.chain;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The newest link of a worker's chain; its row lock serializes the worker's writes. */
@MappedEntity("ledger_head")
record LedgerHead(@Id UUID workerId, long seq, String hash) {
}
