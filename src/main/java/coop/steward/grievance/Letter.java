package coop.steward.grievance;

import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A letter generated for a grievance, and when the worker sent it. */
@MappedEntity("grievance_letter")
record Letter(
        @Id UUID id,
        UUID grievanceId,
        UUID workerId,
        LetterKind kind,
        String language,
        LocalDate issuedOn,
        int responseDays,
        @Nullable Long amountOwedMinor,
        @Nullable String currency,
        Instant createdAt,
        @Nullable Instant sentAt) {

    /** The reply is due {@code responseDays} after the letter was sent, or after it was issued while unsent. */
    LocalDate respondBy(ZoneId zone) {
        LocalDate from = sentAt == null ? issuedOn : sentAt.atZone(zone).toLocalDate();
        return from.plusDays(responseDays);
    }

    Letter sent(Instant at) {
        return new Letter(id, grievanceId, workerId, kind, language, issuedOn, responseDays, amountOwedMinor, currency,
                createdAt, at);
    }

    LetterView view(ZoneId zone, LocalDate today) {
        LocalDate respondBy = respondBy(zone);
        return new LetterView(id, kind, Language.of(language).code(), issuedOn, sentAt, respondBy,
                today.isAfter(respondBy), amountOwedMinor, currency);
    }
}
