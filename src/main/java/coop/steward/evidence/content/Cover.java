package coop.steward.evidence.content;

import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who the pack is about and which period it covers. The legal name appears only when the worker typed it
 * for this pack; the zone is the worker's, so the generation time reads as their local time.
 */
public record Cover(
        String workerHandle,
        @Nullable String legalName,
        LocalDate periodFrom,
        LocalDate periodTo,
        Language language,
        ZoneId zone) {

    public Cover {
        Objects.requireNonNull(workerHandle, "workerHandle");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("the period ends before it starts: " + periodFrom + " to " + periodTo);
        }
        if (legalName != null && legalName.isBlank()) {
            legalName = null;
        }
    }
}
