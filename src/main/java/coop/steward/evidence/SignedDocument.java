package coop.steward.evidence;

import java.util.UUID;
import java.time.Instant;

/** A signed PDF as this instance handed it out: the exact bytes, their SHA-256, and who it was made for. */
public record SignedDocument(UUID id, DocumentKind kind, UUID ownerId, Instant createdAt, String sha256, byte[] pdf) {
}
