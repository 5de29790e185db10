package coop.steward.evidence;

import coop.steward.common.digest.Sha256;
import coop.steward.common.id.UuidV7;
import coop.steward.common.time.Instants;
import coop.steward.evidence.signing.PadesSigner;
import coop.steward.evidence.signing.SigningKey;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Signs and keeps a PDF that /api/verify answers for like any evidence pack (collective packs, certificates,
 * campaign letters): the same instance key, the same PAdES signature, the same bounded pack workers. As with packs,
 * no transaction spans the rendering: the one insert at the end is atomic by itself.
 */
@Singleton
public class SignedDocuments {

    private final SignedDocumentRepository documents;
    private final SigningKey key;
    private final PadesSigner signer;
    private final Clock clock;
    private final PackWorkers workers;

    SignedDocuments(SignedDocumentRepository documents, SigningKey key, Clock clock, PackWorkers workers) {
        this.documents = documents;
        this.key = key;
        this.signer = new PadesSigner(key);
        this.clock = clock;
        this.workers = workers;
    }

    /** Signs an unsigned PDF/A document made elsewhere and stores it under a new id. */
    public SignedDocument sign(DocumentKind kind, UUID ownerId, byte[] unsignedPdfA) {
        Objects.requireNonNull(unsignedPdfA, "unsignedPdfA");
        return create(kind, ownerId, stamp -> unsignedPdfA);
    }

    /**
     * Renders a document that prints its own id, time and signer (see {@link DocumentStamp}), signs and stores it;
     * rendering and signing take one of the instance's pack workers, or are refused with 503 when all are busy.
     */
    public SignedDocument create(DocumentKind kind, UUID ownerId, Function<DocumentStamp, byte[]> render) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ownerId, "ownerId");
        // PDF dates keep whole seconds; the stored time is the one the document prints.
        Instant now = Instants.now(clock).truncatedTo(ChronoUnit.SECONDS);
        DocumentStamp stamp = new DocumentStamp(UuidV7.generate(clock), now, key.certificateSha256());
        byte[] signed = workers.render(() -> {
            byte[] unsigned = render.apply(stamp);
            if (unsigned == null || unsigned.length == 0) {
                throw new IllegalArgumentException("a signed document needs a PDF to sign");
            }
            return signer.sign(unsigned, now, kind.signatureReason());
        });
        SignedDocumentRow row = new SignedDocumentRow(stamp.id(), kind, ownerId, now, Sha256.hex(signed),
                signed.length, signed, key.certificateSha256(), key.certificateEncoded());
        return documents.save(row).view();
    }

    @Transactional
    public Optional<SignedDocument> find(UUID id) {
        return documents.findById(id).map(SignedDocumentRow::view);
    }
}
