package coop.steward.grievance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A letter in the case file: when it was issued and sent, when the reply is due, and whether that day has passed. */
@Serdeable
public record LetterView(UUID id, LetterKind kind, String language, LocalDate issuedOn, @Nullable Instant sentAt,
                         LocalDate respondBy, boolean deadlinePassed, @Nullable Long amountOwedMinor,
                         @Nullable String currency) {
}
