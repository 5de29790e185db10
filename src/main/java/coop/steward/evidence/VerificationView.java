package coop.steward.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The public answer about a pack: whether this instance made exactly this file and signed it, and when.
 * It names no worker, period or content; the pack id and time are only given for a file the instance made.
 */
@Serdeable
public record VerificationView(
        boolean authentic,
        Verdict verdict,
        String explanation,
        @Nullable UUID packId,
        @Nullable Instant createdAt,
        String signerCertificateSha256) {

    /** Why a pack is or is not authentic, stable for clients to branch on. */
    public enum Verdict {
        /** Made by this instance, signed with its key, not a byte changed. */
        AUTHENTIC,
        /** This instance never made a file with this content: it was changed, or it comes from elsewhere. */
        UNKNOWN_OR_CHANGED,
        /** The digest is one this instance stored, but the signature does not verify with its certificate. */
        SIGNATURE_INVALID,
        /** The pack exists, but the SHA-256 given is not that of the file it handed out. */
        DIGEST_MISMATCH
    }
}
