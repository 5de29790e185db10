package coop.steward.grievance;

import coop.steward.record.CanonicalJson;
import coop.steward.record.RevisionEnvelope;
import coop.steward.record.Operation;
import coop.steward.record.RevisionKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A file kept with a grievance: the inspected bytes and their SHA-256. */
@MappedEntity("grievance_attachment")
record Attachment(
        @Id UUID id,
        UUID grievanceId,
        UUID workerId,
        Instant recordedAt,
        @Nullable String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        byte[] content) {

    static final String KIND = "grievance-attachment";

    /** The chain entry of an attachment whose bytes have the given digest: one revision, created once. */
    static RevisionEnvelope envelope(UUID id, UUID grievanceId, Instant recordedAt, @Nullable String fileName,
                                 String contentType, long sizeBytes, String sha256) {
        String json = CanonicalJson.object()
                .put("grievanceId", grievanceId)
                .put("fileName", fileName)
                .put("contentType", contentType)
                .put("sizeBytes", sizeBytes)
                .put("sha256", sha256)
                .toString();
        return new RevisionEnvelope(new RevisionKey(KIND, id, 1), Operation.CREATE, recordedAt, false, json);
    }

    AttachmentSummary summary() {
        return new AttachmentSummary(id, grievanceId, workerId, recordedAt, fileName, contentType, sizeBytes, sha256);
    }

    AttachmentView view() {
        return new AttachmentView(id, fileName, contentType, sizeBytes, sha256, recordedAt);
    }
}
