package coop.steward.record;

import java.time.Instant;
import java.util.UUID;

/**
 * The header every stored revision carries: its own row id, the record it belongs to and its number there, whose
 * record it is, whether it is a tombstone, and when the server recorded it (late or not).
 */
public record Revision(UUID id, UUID recordId, int number, UUID workerId, boolean deleted, Instant recordedAt,
                       boolean recordedLate) {

    /** The same header, recorded late or not. */
    public Revision late(boolean late) {
        return new Revision(id, recordId, number, workerId, deleted, recordedAt, late);
    }

    public Operation operation() {
        return deleted ? Operation.DELETE : number == 1 ? Operation.CREATE : Operation.CORRECT;
    }
}
