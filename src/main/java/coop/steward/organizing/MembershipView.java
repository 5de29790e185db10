package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A worker's membership as the worker sees it: the organization and the two consents as they stand. */
@Serdeable
public record MembershipView(OrganizationView organization, Instant joinedAt, boolean aggregateConsent,
                             boolean caseworkConsent) {
}
