package coop.steward.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * What a document is stamped with before it is rendered: the id and time it will be stored under, and the SHA-256
 * of the certificate that will sign it, so that its own pages can print them.
 */
public record DocumentStamp(UUID id, Instant createdAt, String signerCertificateSha256) {
}
