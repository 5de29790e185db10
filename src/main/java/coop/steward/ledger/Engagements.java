package coop.steward.ledger;

import coop.steward.common.problem.Violation;
import coop.steward.record.Revision;
import coop.steward.record.RevisionLog;
import coop.steward.record.RevisionedRecords;
import coop.steward.record.Rule;
import coop.steward.record.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A worker's gigs: recorded, corrected and deleted through the revision log. */
@Singleton
public class Engagements extends RevisionedRecords<Engagement, EngagementView, EngagementView> {

    /** A gig's end date, when it has one, is not before its start date. */
    static final Rule<EngagementRequest> ENDS_AFTER_IT_STARTS = request ->
            request.endDate() != null && request.endDate().isBefore(request.startDate())
                    ? List.of(new Violation("endDate", "must not be before startDate")) : List.of();

    private final EngagementRepository engagements;
    private final GigOwnership ownership;
    private final Rule<EngagementRequest> rules;

    Engagements(EngagementRepository engagements, GigOwnership ownership, RevisionLog log, WageAreas wageAreas) {
        super(engagements, log, "Engagement");
        this.engagements = engagements;
        this.ownership = ownership;
        this.rules = Rule.all(ENDS_AFTER_IT_STARTS, areaOfItsJurisdiction(wageAreas));
    }

    /** A gig's wage area, when it names one, is one the wage table of its jurisdiction lists. */
    static Rule<EngagementRequest> areaOfItsJurisdiction(WageAreas wageAreas) {
        return request -> {
            if (request.wageArea() == null || request.wageArea().isBlank() || request.jurisdiction() == null) {
                return List.of();
            }
            Set<String> known = wageAreas.of(request.jurisdiction());
            if (known.contains(request.wageArea().trim())) {
                return List.of();
            }
            return List.of(new Violation("wageArea", known.isEmpty()
                    ? "the wage table of " + request.jurisdiction() + " lists no areas; leave it empty"
                    : "is not an area of " + request.jurisdiction() + "; known areas are "
                            + String.join(", ", new TreeSet<>(known))));
        };
    }

    public WriteOutcome<EngagementView> put(UUID workerId, UUID id, @Nullable Integer ifMatch, EngagementRequest request) {
        rules.enforce(request);
        return write(workerId, id, ifMatch, header -> Engagement.of(header, request.vendorName().trim(),
                request.vendorId(), blankToNull(request.client()), blankToNull(request.projectCodeName()),
                request.taskKind(), request.payBasis(), request.agreedRateMinor(), request.currency(),
                request.classification(), request.writtenContract(), request.healthBenefits(), request.paidLeave(),
                request.paymentTimeframeDays(), request.startDate(), request.endDate(), request.jurisdiction(),
                blankToNull(request.wageArea())));
    }

    @Transactional(readOnly = true)
    public List<EngagementView> list(UUID workerId) {
        return engagements.findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByStartDate(workerId).stream()
                .map(Engagement::view).toList();
    }

    @Override
    protected EngagementView view(Engagement revision) {
        return revision.view();
    }

    @Override
    protected EngagementView historyView(Engagement revision) {
        return revision.view();
    }

    @Override
    protected Engagement tombstone(Engagement current, Revision header) {
        return current.under(header);
    }

    /**
     * Each vendor name a worker typed on a live gig instead of choosing one from the registry, once per worker; the
     * vendor registry matches them, and never writes them back.
     */
    @Transactional(readOnly = true)
    public List<TypedVendorName> typedVendorNames() {
        return engagements.typedVendorNames();
    }

    /** Every worker who ever recorded a gig (live or deleted): whose figures a rebuild of derived data recomputes. */
    @Transactional(readOnly = true)
    public List<UUID> workerIds() {
        return engagements.workerIds();
    }

    /** Refuses an engagement id that is not one of the worker's live engagements, naming the field. */
    public void requireOwn(UUID workerId, UUID engagementId, String field) {
        Rule.<UUID>all(id -> ownershipViolations(workerId, id, field)).enforce(engagementId);
    }

    /** Empty when the engagement is one of the worker's live ones; otherwise the violation, naming the field. */
    public List<Violation> ownershipViolations(UUID workerId, UUID engagementId, String field) {
        return engagementId != null
                && ownership.isLiveGigOf(workerId, engagementId)
                ? List.of()
                : List.of(reference(field, engagementId).violation());
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
