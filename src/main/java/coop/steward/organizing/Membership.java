package coop.steward.organizing;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A worker's membership of an organization and the two consents as they stand now. */
@MappedEntity("membership")
record Membership(@EmbeddedId MembershipKey id, Instant joinedAt, boolean aggregateConsent, boolean caseworkConsent) {

    boolean grants(ConsentScope scope) {
        return scope == ConsentScope.AGGREGATE ? aggregateConsent : caseworkConsent;
    }
}
