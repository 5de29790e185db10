package coop.steward.organizing.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How many members signed, as anyone but the signer may see it: the number only once it reaches the organization's
 * k; below it, {@code reached} is false and the number is absent ("fewer than k").
 */
@Serdeable
public record SignatureCount(int k, boolean reached, @Nullable Integer count) {

    static SignatureCount of(int count, int k) {
        return count >= k ? new SignatureCount(k, true, count) : new SignatureCount(k, false, null);
    }
}
