package coop.steward.grievance;

import coop.steward.record.CanonicalJson;
import coop.steward.record.Revision;
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

    /** A revision, the current one of its record, under the header the revision log chose. */
    static Grievance of(Revision header, GrievanceCategory category, String narrative, LocalDate happenedOn,
            UUID engagementId, @Nullable Long amountAtStakeMinor, @Nullable String currency, GrievanceStatus status) {
        return new Grievance(header.id(), header.recordId(), header.number(), header.workerId(), true, header.deleted(),
                header.recordedAt(), header.recordedLate(), category, narrative, happenedOn, engagementId,
                amountAtStakeMinor, currency, status);
    }

    /** These fields under another header: what a tombstone keeps of the revision it follows. */
    Grievance under(Revision header) {
        return of(header, category, narrative, happenedOn, engagementId, amountAtStakeMinor, currency, status);
    }

    GrievanceRevisionView revisionView() {
        return new GrievanceRevisionView(recordId, revision, category, narrative, happenedOn, engagementId,
                amountAtStakeMinor, currency, status, recordedAt, recordedLate);
    }
}
