package coop.steward.evidence;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** What verification needs of a stored pack, and nothing about whose it is. */
@Introspected
record PackSeal(UUID id, Instant createdAt, String sha256) {
}
