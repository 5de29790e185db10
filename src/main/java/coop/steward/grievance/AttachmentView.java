package coop.steward.grievance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An attachment as its worker sees it in the case file; the bytes are downloaded separately. */
@Serdeable
public record AttachmentView(UUID id, @Nullable String fileName, String contentType, long sizeBytes, String sha256,
                             Instant recordedAt) {
}
