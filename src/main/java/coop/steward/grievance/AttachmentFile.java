package coop.steward.grievance;

import java.util.UUID;

/** A stored attachment's bytes with the type detected from them, for a download outside the worker's own API. */
public record AttachmentFile(UUID id, String contentType, String sha256, byte[] content) {
}
