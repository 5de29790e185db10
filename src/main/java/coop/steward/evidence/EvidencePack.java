package coop.steward.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A signed pack as stored: the exact bytes handed out, what verification compares them with, and the certificate
 * that signed it (none for packs made before it was kept, which the instance's current key signed).
 */
@MappedEntity("evidence_pack")
record EvidencePack(
        @Id UUID id,
        UUID workerId,
        Instant createdAt,
        String language,
        LocalDate periodFrom,
        LocalDate periodTo,
        String sha256,
        String chainHead,
        int pageCount,
        long sizeBytes,
        byte[] pdf,
        @Nullable String signerCertificateSha256,
        @Nullable byte[] signerCertificate) {

    PackView view() {
        return new PackView(id, createdAt, language, periodFrom, periodTo, sha256, chainHead, pageCount, sizeBytes);
    }
}
