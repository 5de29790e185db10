package coop.steward.ledger.chain;

/** Where an entry landed in its worker's chain. */
public record ChainLink(long seq, String previousHash, String hash) {
}
