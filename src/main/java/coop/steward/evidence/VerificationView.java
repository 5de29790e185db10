package coop.steward.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The public answer about a pack: whether this instance made exactly this file and signed it, when, and with which
 * certificate (a pack signed before the instance's key was rotated names the earlier one). It names no worker,
 * period or content; the pack id, time and signer are only given for a file the instance made.
 */
@Serdeable
public record VerificationView(
        boolean authentic,
        Verdict verdict,
        String explanation,
        @Nullable UUID packId,
        @Nullable Instant createdAt,
        @Nullable String signerCertificateSha256,
        @Nullable String signerCertificateSubject,
        @Nullable Boolean signedWithCurrentKey,
        String instanceCertificateSha256) {

    /** Why a pack is or is not authentic, stable for clients to branch on. */
    public enum Verdict {
        /** Made by this instance, signed with its key (the current one or the one it had then), not a byte changed. */
        AUTHENTIC,
        /** This instance never made a file with this content: it was changed, or it comes from elsewhere. */
        UNKNOWN_OR_CHANGED,
        /** The digest is one this instance stored, but the signature does not verify with the certificate it kept. */
        SIGNATURE_INVALID,
        /** The pack exists, but the SHA-256 given is not that of the file it handed out. */
        DIGEST_MISMATCH
    }
}
