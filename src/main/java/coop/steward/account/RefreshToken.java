package coop.steward.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token, stored only as its SHA-256. Every token descends from one sign-in (its family); each is
 * good for one use, and using a spent one revokes the whole family, since only a thief would need to.
 */
@MappedEntity("refresh_token")
record RefreshToken(
        @Id UUID id,
        UUID accountId,
        UUID familyId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt) {
}
