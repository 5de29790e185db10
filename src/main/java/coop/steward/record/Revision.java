package coop.steward.record;

import java.time.Instant;
import java.util.UUID;

/**
 * The header every stored revision carries: its own row id, the record it belongs to and its number there, whose
 * record it is, whether it is a tombstone, and when the server recorded it (late or not).
 */
public record Revision(UUID id, UUID recordId, int number, UUID workerId, boolean deleted, Instant recordedAt,
                       boolean recordedLate) {

    public Operation operation() {
        return deleted ? Operation.DELETE : number == 1 ? Operation.CREATE : Operation.CORRECT;
    }
}
