package coop.steward.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A work session as its worker, and the features that work for them, see it. */
@Serdeable
public record SessionView(
        UUID id,
        int revision,
        UUID engagementId,
        Instant startedAt,
        @Nullable Instant endedAt,
        String timeZone,
        int paidMinutes,
        Map<UnpaidCategory, Integer> unpaidMinutes,
        int tasksDone,
        int tasksRejected,
        @Nullable Integer taskEstimateMinutes,
        Exposure exposure,
        boolean supportOffered,
        @Nullable String note,
        Instant recordedAt,
        boolean recordedLate) {
}
