package coop.steward.grievance;

import coop.steward.record.CanonicalJson;
import coop.steward.record.Revisioned;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One revision of a grievance: what went wrong, when, in which gig, and what is at stake. */
@MappedEntity("grievance")
record Grievance(
        @Id UUID revisionId,
        UUID recordId,
        int revision,
        UUID workerId,
        boolean currentRevision,
        boolean deleted,
        Instant recordedAt,
        boolean recordedLate,
        GrievanceCategory category,
        String narrative,
        LocalDate happenedOn,
        UUID engagementId,
        @Nullable Long amountAtStakeMinor,
        @Nullable String currency,
        GrievanceStatus status) implements Revisioned {

    static final String KIND = "grievance";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String contentJson() {
        return CanonicalJson.object()
                .put("category", category)
                .put("narrative", narrative)
                .put("happenedOn", happenedOn)
                .put("engagementId", engagementId)
                .put("amountAtStakeMinor", amountAtStakeMinor)
                .put("currency", currency)
                .put("status", status)
                .toString();
    }

    Grievance tombstone(int revision, Instant now, UUID newRevisionId) {
        return new Grievance(newRevisionId, recordId, revision, workerId, true, true, now, false, category, narrative,
                happenedOn, engagementId, amountAtStakeMinor, currency, status);
    }

    GrievanceRevisionView revisionView() {
        return new GrievanceRevisionView(recordId, revision, category, narrative, happenedOn, engagementId,
                amountAtStakeMinor, currency, status, recordedAt, recordedLate);
    }
}
