package coop.steward.ledger;

import coop.steward.record.Lateness;
import coop.steward.record.Revision;
import coop.steward.record.RevisionLog;
import coop.steward.record.RevisionedRecords;
import coop.steward.record.Rule;
import coop.steward.record.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A worker's payments: recorded, corrected and deleted through the revision log. */
@Singleton
public class Payments extends RevisionedRecords<Payment, PaymentView, PaymentView> {

    private final PaymentRepository payments;
    private final Engagements engagements;
    private final Rule<PaymentRequest> rules;

    Payments(PaymentRepository payments, Engagements engagements, RevisionLog log, Clock clock) {
        super(payments, log, "Payment");
        this.payments = payments;
        this.engagements = engagements;
        this.rules = PaymentRules.all(clock);
    }

    public WriteOutcome<PaymentView> put(UUID workerId, UUID id, @Nullable Integer ifMatch, PaymentRequest request) {
        // As a session's: the gig is checked where the write is stored, unless a rule refuses the request first.
        if (!rules.violationsOf(request).isEmpty()) {
            Rule.all(rules, candidate -> engagements.ownershipViolations(workerId, candidate.engagementId(), "engagementId"))
                    .enforce(request);
        }
        return write(workerId, id, ifMatch, List.of(engagements.reference("engagementId", request.engagementId())),
                header -> Payment.of(
                        header.late(Lateness.isLate(request.paidOn(), header.recordedAt())), request.engagementId(),
                        request.paidOn(), request.periodStart(), request.periodEnd(), request.grossMinor(),
                        request.platformFeesMinor(), request.transferFeesMinor(), request.netMinor(), request.currency(),
                        request.method()));
    }

    /** The worker's live payments made on days in {@code [from, to]}; all of them when both are null. */
    @Transactional(readOnly = true)
    public List<PaymentView> list(UUID workerId, @Nullable LocalDate from, @Nullable LocalDate to) {
        List<Payment> found = from == null && to == null
                ? payments.findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseOrderByPaidOn(workerId)
                : payments.findByWorkerIdAndCurrentRevisionTrueAndDeletedFalseAndPaidOnBetweenOrderByPaidOn(workerId,
                        from == null ? LocalDate.of(1970, 1, 1) : from, to == null ? LocalDate.of(9999, 1, 1) : to);
        return found.stream().map(Payment::view).toList();
    }

    @Override
    protected PaymentView view(Payment revision) {
        return revision.view();
    }

    @Override
    protected PaymentView historyView(Payment revision) {
        return revision.view();
    }

    @Override
    protected Payment tombstone(Payment current, Revision header) {
        return current.under(header);
    }
}
