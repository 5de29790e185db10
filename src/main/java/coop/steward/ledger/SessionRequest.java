package coop.steward.ledger;

import coop.steward.common.validation.ValidTimeZone;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A work session as a worker records it, from a timer or by hand. {@code endedAt} stays empty while the
 * timer runs; the minutes, paid and unpaid, may not add up to more than the session lasted.
 */
@Serdeable
public record SessionRequest(
        @NotNull UUID engagementId,
        @NotNull Instant startedAt,
        @Nullable Instant endedAt,
        @NotNull @ValidTimeZone String timeZone,
        @PositiveOrZero @Max(1440) int paidMinutes,
        @Nullable Map<UnpaidCategory, @NotNull @PositiveOrZero @Max(1440) Integer> unpaidMinutes,
        @PositiveOrZero @Max(100_000) int tasksDone,
        @PositiveOrZero @Max(100_000) int tasksRejected,
        @Nullable @Positive @Max(1440) Integer taskEstimateMinutes,
        @Nullable Exposure exposure,
        boolean supportOffered,
        @Nullable @Size(max = 2000) String note) {

    int unpaid(UnpaidCategory category) {
        return unpaidMinutes == null ? 0 : unpaidMinutes.getOrDefault(category, 0);
    }
}
