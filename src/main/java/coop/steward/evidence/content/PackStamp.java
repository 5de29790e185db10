package coop.steward.evidence.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the pack service stamps on a pack as it makes it: its id, when it was generated, and the SHA-256 of the
 * certificate that will sign it (printed on the integrity page, to compare with what a PDF reader shows).
 */
public record PackStamp(UUID packId, Instant generatedAt, String signerCertificateSha256) {

    public PackStamp {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(signerCertificateSha256, "signerCertificateSha256");
    }
}
