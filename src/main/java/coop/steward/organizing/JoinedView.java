package coop.steward.organizing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What redeeming a code did: joined as a member (with both consents off) or took a seat as an organizer. */
@Serdeable
public record JoinedView(OrganizationView organization, InvitationRole joinedAs, @Nullable MembershipView membership) {
}
