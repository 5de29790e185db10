package coop.steward.ledger;

import coop.steward.record.RevisionEnvelope;
import coop.steward.record.RevisionSource;
import coop.steward.record.Revisioned;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Rebuilds the chain entries of every stored engagement, session and payment revision for verification. */
@Singleton
final class LedgerRecordSource implements RevisionSource {

    private final EngagementRepository engagements;
    private final SessionRepository sessions;
    private final PaymentRepository payments;

    LedgerRecordSource(EngagementRepository engagements, SessionRepository sessions, PaymentRepository payments) {
        this.engagements = engagements;
        this.sessions = sessions;
        this.payments = payments;
    }

    @Override
    public List<RevisionEnvelope> envelopesOf(UUID workerId) {
        return Stream.of(engagements.findByWorkerId(workerId), sessions.findByWorkerId(workerId),
                        payments.findByWorkerId(workerId))
                .flatMap(List::stream)
                .map(Revisioned::envelope)
                .toList();
    }
}
