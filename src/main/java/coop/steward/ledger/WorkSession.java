package coop.steward.ledger;

import coop.steward.record.CanonicalJson;
import coop.steward.record.Revision;
import coop.steward.record.Revisioned;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** One revision of a stretch of work: when, how much of it was paid, and what the unpaid rest was. */
@MappedEntity("work_session")
record WorkSession(
        @Id UUID revisionId,
        UUID recordId,
        int revision,
        UUID workerId,
        boolean currentRevision,
        boolean deleted,
        Instant recordedAt,
        boolean recordedLate,
        UUID engagementId,
        Instant startedAt,
        @Nullable Instant endedAt,
        String timeZone,
        int paidMinutes,
        int unpaidOnboardingMinutes,
        int unpaidInstructionsMinutes,
        int unpaidWaitingMinutes,
        int unpaidPausedResearchMinutes,
        int unpaidReworkMinutes,
        int unpaidRejectedMinutes,
        int unpaidAdminMinutes,
        int tasksDone,
        int tasksRejected,
        @Nullable Integer taskEstimateMinutes,
        Exposure exposure,
        boolean supportOffered,
        @Nullable String note) implements Revisioned {

    static final String KIND = "session";

    @Override
    public String kind() {
        return KIND;
    }

    Map<UnpaidCategory, Integer> unpaidMinutes() {
        Map<UnpaidCategory, Integer> minutes = new EnumMap<>(UnpaidCategory.class);
        minutes.put(UnpaidCategory.ONBOARDING_AND_TESTS, unpaidOnboardingMinutes);
        minutes.put(UnpaidCategory.INSTRUCTIONS_AND_TRAINING, unpaidInstructionsMinutes);
        minutes.put(UnpaidCategory.WAITING_FOR_TASKS, unpaidWaitingMinutes);
        minutes.put(UnpaidCategory.PAUSED_RESEARCH, unpaidPausedResearchMinutes);
        minutes.put(UnpaidCategory.REWORK, unpaidReworkMinutes);
        minutes.put(UnpaidCategory.REJECTED_OR_DISPUTED, unpaidRejectedMinutes);
        minutes.put(UnpaidCategory.ADMIN, unpaidAdminMinutes);
        return minutes;
    }

    int totalUnpaidMinutes() {
        return unpaidMinutes().values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String contentJson() {
        CanonicalJson unpaid = CanonicalJson.object();
        unpaidMinutes().forEach((category, minutes) -> unpaid.put(category.name(), minutes));
        return CanonicalJson.object()
                .put("engagementId", engagementId)
                .put("startedAt", startedAt)
                .put("endedAt", endedAt)
                .put("timeZone", timeZone)
                .put("paidMinutes", paidMinutes)
                .putRaw("unpaidMinutes", unpaid.toString())
                .put("tasksDone", tasksDone)
                .put("tasksRejected", tasksRejected)
                .put("taskEstimateMinutes", taskEstimateMinutes)
                .put("exposure", exposure)
                .put("supportOffered", supportOffered)
                .put("note", note)
                .toString();
    }

    /** A revision, the current one of its record, under the header the revision log chose. */
    static WorkSession of(Revision header, UUID engagementId, Instant startedAt, @Nullable Instant endedAt,
            String timeZone, int paidMinutes, int unpaidOnboardingMinutes, int unpaidInstructionsMinutes,
            int unpaidWaitingMinutes, int unpaidPausedResearchMinutes, int unpaidReworkMinutes,
            int unpaidRejectedMinutes, int unpaidAdminMinutes, int tasksDone, int tasksRejected,
            @Nullable Integer taskEstimateMinutes, Exposure exposure, boolean supportOffered, @Nullable String note) {
        return new WorkSession(header.id(), header.recordId(), header.number(), header.workerId(), true,
                header.deleted(), header.recordedAt(), header.recordedLate(), engagementId, startedAt, endedAt,
                timeZone, paidMinutes, unpaidOnboardingMinutes, unpaidInstructionsMinutes, unpaidWaitingMinutes,
                unpaidPausedResearchMinutes, unpaidReworkMinutes, unpaidRejectedMinutes, unpaidAdminMinutes, tasksDone,
                tasksRejected, taskEstimateMinutes, exposure, supportOffered, note);
    }

    /** These fields under another header: what a tombstone keeps of the revision it follows. */
    WorkSession under(Revision header) {
        return of(header, engagementId, startedAt, endedAt, timeZone, paidMinutes, unpaidOnboardingMinutes,
                unpaidInstructionsMinutes, unpaidWaitingMinutes, unpaidPausedResearchMinutes, unpaidReworkMinutes,
                unpaidRejectedMinutes, unpaidAdminMinutes, tasksDone, tasksRejected, taskEstimateMinutes, exposure,
                supportOffered, note);
    }

    SessionView view() {
        return new SessionView(recordId, revision, engagementId, startedAt, endedAt, timeZone, paidMinutes,
                unpaidMinutes(), tasksDone, tasksRejected, taskEstimateMinutes, exposure, supportOffered, note,
                recordedAt, recordedLate);
    }
}
