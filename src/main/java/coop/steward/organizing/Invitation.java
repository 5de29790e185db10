package coop.steward.organizing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An invitation to an organization; only the digest of its code is kept. */
@MappedEntity("invitation")
record Invitation(@Id UUID id, UUID organizationId, String codeDigest, InvitationRole role, int maxUses, int uses,
                  Instant expiresAt, @Nullable Instant revokedAt, @Nullable UUID createdBy, Instant createdAt) {

    InvitationView view(Instant now, @Nullable String code) {
        String state = revokedAt != null ? "REVOKED" : !now.isBefore(expiresAt) ? "EXPIRED"
                : uses >= maxUses ? "USED_UP" : "ACTIVE";
        return new InvitationView(id, organizationId, code, role, maxUses, uses, expiresAt, revokedAt, createdAt, state);
    }
}
