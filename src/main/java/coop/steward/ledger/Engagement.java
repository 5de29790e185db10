package coop.steward.ledger;

import coop.steward.record.CanonicalJson;
import coop.steward.record.Revision;
import coop.steward.record.Revisioned;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One revision of a gig: who it is for, what it pays and on what terms. */
@MappedEntity("engagement")
record Engagement(
        @Id UUID revisionId,
        UUID recordId,
        int revision,
        UUID workerId,
        boolean currentRevision,
        boolean deleted,
        Instant recordedAt,
        boolean recordedLate,
        String vendorName,
        @Nullable UUID vendorId,
        @Nullable String clientName,
        @Nullable String projectCodeName,
        TaskKind taskKind,
        PayBasis payBasis,
        long agreedRateMinor,
        String currency,
        Classification classification,
        boolean writtenContract,
        boolean healthBenefits,
        boolean paidLeave,
        @Nullable Integer paymentTimeframeDays,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        String jurisdiction,
        @Nullable String wageArea) implements Revisioned {

    static final String KIND = "engagement";

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * The wage area enters the canonical JSON only when the gig names one, so that every revision recorded before
     * areas existed spells, and hashes, exactly as it did.
     */
    @Override
    public String contentJson() {
        CanonicalJson json = CanonicalJson.object()
                .put("vendorName", vendorName)
                .put("vendorId", vendorId)
                .put("client", clientName)
                .put("projectCodeName", projectCodeName)
                .put("taskKind", taskKind)
                .put("payBasis", payBasis)
                .put("agreedRateMinor", agreedRateMinor)
                .put("currency", currency)
                .put("classification", classification)
                .put("writtenContract", writtenContract)
                .put("healthBenefits", healthBenefits)
                .put("paidLeave", paidLeave)
                .put("paymentTimeframeDays", paymentTimeframeDays)
                .put("startDate", startDate)
                .put("endDate", endDate)
                .put("jurisdiction", jurisdiction);
        if (wageArea != null) {
            json.put("wageArea", wageArea);
        }
        return json.toString();
    }

    /** A revision, the current one of its record, under the header the revision log chose. */
    static Engagement of(Revision header, String vendorName, @Nullable UUID vendorId, @Nullable String clientName,
            @Nullable String projectCodeName, TaskKind taskKind, PayBasis payBasis, long agreedRateMinor,
            String currency, Classification classification, boolean writtenContract, boolean healthBenefits,
            boolean paidLeave, @Nullable Integer paymentTimeframeDays, LocalDate startDate, @Nullable LocalDate endDate,
            String jurisdiction, @Nullable String wageArea) {
        return new Engagement(header.id(), header.recordId(), header.number(), header.workerId(), true,
                header.deleted(), header.recordedAt(), header.recordedLate(), vendorName, vendorId, clientName,
                projectCodeName, taskKind, payBasis, agreedRateMinor, currency, classification, writtenContract,
                healthBenefits, paidLeave, paymentTimeframeDays, startDate, endDate, jurisdiction, wageArea);
    }

    /** These fields under another header: what a tombstone keeps of the revision it follows. */
    Engagement under(Revision header) {
        return of(header, vendorName, vendorId, clientName, projectCodeName, taskKind, payBasis, agreedRateMinor,
                currency, classification, writtenContract, healthBenefits, paidLeave, paymentTimeframeDays, startDate,
                endDate, jurisdiction, wageArea);
    }

    EngagementView view() {
        return new EngagementView(recordId, revision, vendorName, vendorId, clientName, projectCodeName, taskKind,
                payBasis, agreedRateMinor, currency, classification, writtenContract, healthBenefits, paidLeave,
                paymentTimeframeDays, startDate, endDate, jurisdiction, wageArea, recordedAt, recordedLate);
    }
}
