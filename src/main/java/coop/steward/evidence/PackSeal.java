package coop.steward.evidence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** What verification needs of a stored pack, the certificate that signed it too, and nothing about whose it is. */
@Introspected
record PackSeal(UUID id, Instant createdAt, String sha256, @Nullable byte[] signerCertificate) {
}
