package coop.steward.grievance;

import coop.steward.record.RevisionEnvelope;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** An attachment without its bytes, for lists and for the chain's verification, which reads bytes one at a time. */
@Introspected
record AttachmentSummary(UUID id, UUID grievanceId, UUID workerId, Instant recordedAt, @Nullable String fileName,
                         String contentType, long sizeBytes, String sha256) {

    /** The chain's envelope of this attachment as stored: its digest as recorded at upload. */
    RevisionEnvelope envelope() {
        return Attachment.envelope(id, grievanceId, recordedAt, fileName, contentType, sizeBytes, sha256);
    }

    AttachmentView view() {
        return new AttachmentView(id, fileName, contentType, sizeBytes, sha256, recordedAt);
    }
}
