package coop.steward.ledger;

import coop.steward.record.RevisionView;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.record.RevisionLog;
import coop.steward.record.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A worker's gigs: recorded, corrected and deleted through the revision log. */
@Singleton
public class Engagements {

    private final EngagementRepository engagements;
    private final RevisionLog log;
    private final Clock clock;

    Engagements(EngagementRepository engagements, RevisionLog log, Clock clock) {
        this.engagements = engagements;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public WriteOutcome<EngagementView> put(UUID workerId, UUID id, @Nullable Integer ifMatch, EngagementRequest request) {
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        return log.put(workerId, id, ifMatch, engagements,
                (revision, recordedAt) -> new Engagement(UuidV7.generate(clock), id, revision, workerId, true, false,
                        recordedAt, false, request.vendorName().trim(), request.vendorId(), blankToNull(request.client()),
                        blankToNull(request.projectCodeName()), request.taskKind(), request.payBasis(),
                        request.agreedRateMinor(), request.currency(), request.classification(),
                        request.writtenContract(), request.healthBenefits(), request.paidLeave(),
                        request.paymentTimeframeDays(), request.startDate(), request.endDate(), request.jurisdiction()))
                .map(Engagement::view);
    }

    @Transactional
    public WriteOutcome<EngagementView> delete(UUID workerId, UUID id, @Nullable Integer ifMatch) {
        return log.delete(workerId, id, ifMatch, engagements,
                (revision, recordedAt) -> engagements.current(id).orElseThrow()
                        .tombstone(revision, recordedAt, UuidV7.generate(clock))).map(Engagement::view);
    }

    /** The worker's engagement as it stands, unless it was deleted. */
    @Transactional(readOnly = true)
    public Optional<EngagementView> find(UUID workerId, UUID id) {
        return engagements.liveOf(workerId, id).map(Engagement::view);
    }

    @Transactional(readOnly = true)
    public List<EngagementView> list(UUID workerId) {
        return engagements.findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByStartDate(workerId).stream()
                .map(Engagement::view).toList();
    }

    @Transactional(readOnly = true)
    public List<RevisionView<EngagementView>> history(UUID workerId, UUID id) {
        List<Engagement> revisions = engagements.historyOf(workerId, id);
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("Engagement");
        }
        return revisions.stream().map(revision -> RevisionView.of(revision, revision.view())).toList();
    }

    /**
     * Each vendor name a worker typed on a live gig instead of choosing one from the registry, once per worker; the
     * vendor registry matches them, and never writes them back.
     */
    @Transactional(readOnly = true)
    public List<TypedVendorName> typedVendorNames() {
        return engagements.typedVendorNames();
    }

    /** Refuses an engagement id that is not one of the worker's live engagements, naming the field. */
    public void requireOwn(UUID workerId, UUID engagementId, String field) {
        if (find(workerId, engagementId).isEmpty()) {
            throw ProblemException.invalid(field, "is not one of your engagements");
        }
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
