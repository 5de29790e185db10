package coop.steward.organizing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as its organizers see it. The code is present only in the answer that created it: it is kept
 * nowhere but as a digest. {@code state} is ACTIVE, EXPIRED, USED_UP or REVOKED.
 */
@Serdeable
public record InvitationView(UUID id, UUID organizationId, @Nullable String code, InvitationRole role, int maxUses,
                             int uses, Instant expiresAt, @Nullable Instant revokedAt, Instant createdAt,
                             String state) {
}
