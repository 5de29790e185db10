package coop.steward.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The outcome of recomputing a worker's chain from the stored rows. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean valid, long entries, String headHash, @Nullable BrokenLink firstBrokenLink) {

    /** The first entry whose stored hash, link or record no longer matches. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BrokenLink(long seq, @Nullable String kind, @Nullable String recordId, @Nullable Integer revision,
                             String reason) {
    }
}
