package coop.steward.evidence.content;

import java.util.Objects;

/**
 * What the integrity page states besides the digest of the embedded data, which the renderer computes itself:
 * the head of the worker's hash chain, how many entries it covers, and where the pack can be verified.
 */
public record Integrity(String chainHead, long entryCount, String verifyAddress) {

    public Integrity {
        Objects.requireNonNull(chainHead, "chainHead");
        Objects.requireNonNull(verifyAddress, "verifyAddress");
        if (!chainHead.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the chain head must be 64 lowercase hex digits");
        }
        if (entryCount < 0) {
            throw new IllegalArgumentException("the entry count cannot be negative");
        }
    }
}
