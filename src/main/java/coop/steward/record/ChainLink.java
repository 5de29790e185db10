package coop.steward.record;

/** One link of a worker's chain: its place, the hash it follows and its own hash. */
public record ChainLink(long seq, String previousHash, String hash) {
}
