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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A worker's payments: recorded, corrected and deleted through the revision log. */
@Singleton
public class Payments {

    private final PaymentRepository payments;
    private final Engagements engagements;
    private final RevisionLog log;
    private final Clock clock;

    Payments(PaymentRepository payments, Engagements engagements, RevisionLog log, Clock clock) {
        this.payments = payments;
        this.engagements = engagements;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public WriteOutcome<PaymentView> put(UUID workerId, UUID id, @Nullable Integer ifMatch, PaymentRequest request) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw ProblemException.invalid("periodEnd", "must not be before periodStart");
        }
        if (request.paidOn().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw ProblemException.invalid("paidOn", "must not be in the future");
        }
        long expectedNet = request.grossMinor() - request.platformFeesMinor() - request.transferFeesMinor();
        if (request.netMinor() != expectedNet) {
            throw ProblemException.invalid("netMinor", "must equal grossMinor − platformFeesMinor − transferFeesMinor = "
                    + expectedNet);
        }
        engagements.requireOwn(workerId, request.engagementId(), "engagementId");
        return log.put(workerId, id, ifMatch, payments, (revision, recordedAt) -> {
            // The payment is an event of its day: late once 72 hours have passed since that day ended.
            boolean late = recordedAt.isAfter(request.paidOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plus(Sessions.LATE_AFTER));
            return new Payment(UuidV7.generate(clock), id, revision, workerId, true, false, recordedAt, late,
                    request.engagementId(), request.paidOn(), request.periodStart(), request.periodEnd(),
                    request.grossMinor(), request.platformFeesMinor(), request.transferFeesMinor(), request.netMinor(),
                    request.currency(), request.method());
        }).map(Payment::view);
    }

    @Transactional
    public WriteOutcome<PaymentView> delete(UUID workerId, UUID id, @Nullable Integer ifMatch) {
        return log.delete(workerId, id, ifMatch, payments,
                (revision, recordedAt) -> payments.current(id).orElseThrow()
                        .tombstone(revision, recordedAt, UuidV7.generate(clock))).map(Payment::view);
    }

    @Transactional(readOnly = true)
    public Optional<PaymentView> find(UUID workerId, UUID id) {
        return payments.liveOf(workerId, id).map(Payment::view);
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

    @Transactional(readOnly = true)
    public List<RevisionView<PaymentView>> history(UUID workerId, UUID id) {
        List<Payment> revisions = payments.historyOf(workerId, id);
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("Payment");
        }
        return revisions.stream().map(revision -> RevisionView.of(revision, revision.view())).toList();
    }
}
