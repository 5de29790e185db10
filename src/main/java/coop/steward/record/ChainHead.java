package coop.steward.record;

/** The newest link of a worker's chain: how many entries it holds and the hash of the last one. */
public record ChainHead(long seq, String hash) {
}
