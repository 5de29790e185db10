package coop.steward.grievance;

import coop.steward.ledger.chain.CanonicalJson;
import coop.steward.ledger.chain.ChainEntry;
import coop.steward.ledger.chain.Operation;
import coop.steward.ledger.chain.RevisionKey;
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
    static ChainEntry chainEntry(UUID id, UUID grievanceId, Instant recordedAt, @Nullable String fileName,
                                 String contentType, long sizeBytes, String sha256) {
        String json = CanonicalJson.object()
                .put("grievanceId", grievanceId)
                .put("fileName", fileName)
                .put("contentType", contentType)
                .put("sizeBytes", sizeBytes)
                .put("sha256", sha256)
                .toString();
        return new ChainEntry(new RevisionKey(KIND, id, 1), Operation.CREATE, recordedAt, false, json);
    }

    AttachmentView view() {
        return new AttachmentView(id, fileName, contentType, sizeBytes, sha256, recordedAt);
    }
}
