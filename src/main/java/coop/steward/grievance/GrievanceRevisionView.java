package coop.steward.grievance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A grievance's own fields as one revision stored them, as its history lists them. */
@Serdeable
public record GrievanceRevisionView(
        UUID id,
        int revision,
        GrievanceCategory category,
        String narrative,
        LocalDate happenedOn,
        UUID engagementId,
        @Nullable Long amountAtStakeMinor,
        @Nullable String currency,
        GrievanceStatus status,
        Instant recordedAt,
        boolean recordedLate) {
}
