package coop.steward.evidence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A signed document as stored, with the certificate that signed it so that it verifies after a key rotation. */
@MappedEntity("signed_document")
record SignedDocumentRow(
        @Id UUID id,
        DocumentKind kind,
        UUID ownerId,
        Instant createdAt,
        String sha256,
        long sizeBytes,
        byte[] pdf,
        String signerCertificateSha256,
        byte[] signerCertificate) {

    SignedDocument view() {
        return new SignedDocument(id, kind, ownerId, createdAt, sha256, pdf);
    }
}
