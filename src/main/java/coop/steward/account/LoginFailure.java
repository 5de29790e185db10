package coop.steward.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A refused sign-in, keyed by a digest of the handle that was typed: whether or not an account has it,
 * and without keeping what was typed (people type passwords into the handle field).
 */
@MappedEntity("login_failure")
record LoginFailure(@Id UUID id, String handleDigest, Instant failedAt) {
}
