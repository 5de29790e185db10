package coop.steward.grievance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A grievance as it stands, with its case file: the attachments and the letters sent about it (always listed, even when none). */
@Serdeable
public record GrievanceView(
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
        boolean recordedLate,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<AttachmentView> attachments,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<LetterView> letters) {
}
