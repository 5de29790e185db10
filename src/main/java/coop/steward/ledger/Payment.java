package coop.steward.ledger;

import coop.steward.record.CanonicalJson;
import coop.steward.record.Revision;
import coop.steward.record.Revisioned;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One revision of money received: what the work was worth, what was taken from it, and what arrived. */
@MappedEntity("payment")
record Payment(
        @Id UUID revisionId,
        UUID recordId,
        int revision,
        UUID workerId,
        boolean currentRevision,
        boolean deleted,
        Instant recordedAt,
        boolean recordedLate,
        UUID engagementId,
        LocalDate paidOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        long grossMinor,
        long platformFeesMinor,
        long transferFeesMinor,
        long netMinor,
        String currency,
        PaymentMethod method) implements Revisioned {

    static final String KIND = "payment";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String contentJson() {
        return CanonicalJson.object()
                .put("engagementId", engagementId)
                .put("paidOn", paidOn)
                .put("periodStart", periodStart)
                .put("periodEnd", periodEnd)
                .put("grossMinor", grossMinor)
                .put("platformFeesMinor", platformFeesMinor)
                .put("transferFeesMinor", transferFeesMinor)
                .put("netMinor", netMinor)
                .put("currency", currency)
                .put("method", method)
                .toString();
    }

    /** A revision, the current one of its record, under the header the revision log chose. */
    static Payment of(Revision header, UUID engagementId, LocalDate paidOn, LocalDate periodStart, LocalDate periodEnd,
            long grossMinor, long platformFeesMinor, long transferFeesMinor, long netMinor, String currency,
            PaymentMethod method) {
        return new Payment(header.id(), header.recordId(), header.number(), header.workerId(), true, header.deleted(),
                header.recordedAt(), header.recordedLate(), engagementId, paidOn, periodStart, periodEnd, grossMinor,
                platformFeesMinor, transferFeesMinor, netMinor, currency, method);
    }

    /** These fields under another header: what a tombstone keeps of the revision it follows. */
    Payment under(Revision header) {
        return of(header, engagementId, paidOn, periodStart, periodEnd, grossMinor, platformFeesMinor,
                transferFeesMinor, netMinor, currency, method);
    }

    PaymentView view() {
        return new PaymentView(recordId, revision, engagementId, paidOn, periodStart, periodEnd, grossMinor,
                platformFeesMinor, transferFeesMinor, netMinor, currency, method, recordedAt, recordedLate);
    }
}
