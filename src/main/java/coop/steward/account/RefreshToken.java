package coop.steward.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token, stored only as its SHA-256. Every token descends from one sign-in (its family) through its
 * parent, the token it replaced. Each is good for one use; a spent one may be presented again only briefly and only
 * while none of its successors has been used (a retry that lost its answer), otherwise its whole family is revoked,
 * since only a thief would need to (ADR 0004).
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
        @Nullable Instant revokedAt,
        @Nullable UUID parentId,
        @Nullable Instant successorUsedAt,
        @Nullable Instant retriedAt) {
}
