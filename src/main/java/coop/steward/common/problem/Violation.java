package coop.steward.common.problem;

import io.micronaut.serde.annotation.Serdeable;

/** One field of a request that was refused, and why. */
@Serdeable
public record Violation(String field, String message) {
}
