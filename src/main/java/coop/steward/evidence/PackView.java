package coop.steward.evidence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pack as its owner sees it in the list: everything but the PDF itself. */
@Serdeable
@Introspected
public record PackView(
        UUID id,
        Instant createdAt,
        String language,
        LocalDate periodFrom,
        LocalDate periodTo,
        String sha256,
        String chainHead,
        int pageCount,
        long sizeBytes) {
}
