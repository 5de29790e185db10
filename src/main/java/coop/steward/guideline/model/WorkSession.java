package coop.steward.guideline.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One stretch of work: paid minutes, unpaid minutes by category, tasks, the per-task estimate shown before
 * accepting (nullable) and any exposure to distressing content. {@code endedAt} is null while a timer runs.
 */
public record WorkSession(
        UUID id,
        UUID engagementId,
        Instant startedAt,
        Instant endedAt,
        String timeZone,
        int paidMinutes,
        Map<UnpaidCategory, Integer> unpaidMinutes,
        int tasksDone,
        int tasksRejected,
        Integer taskEstimateMinutes,
        Exposure exposure,
        boolean supportOffered) {

    public WorkSession {
        unpaidMinutes = Map.copyOf(unpaidMinutes);
    }

    public int unpaidMinutes(UnpaidCategory category) {
        return unpaidMinutes.getOrDefault(category, 0);
    }

    public int totalUnpaidMinutes() {
        return unpaidMinutes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int allMinutes() {
        return paidMinutes + totalUnpaidMinutes();
    }

    public boolean finished() {
        return endedAt != null;
    }
}
