package coop.steward.vendor.certification;

import io.micronaut.serde.annotation.Serdeable;

/** A document a vendor offered for an answer, as the public sees it: its name, type and SHA-256, never its bytes. */
@Serdeable
public record EvidenceDigest(String fileName, String mediaType, String sha256) {
}
