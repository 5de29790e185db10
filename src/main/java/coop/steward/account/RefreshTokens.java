package coop.steward.account;

import coop.steward.common.digest.Sha256;
import coop.steward.common.id.UuidV7;
import coop.steward.common.time.Instants;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Issues, rotates and revokes refresh tokens. */
@Singleton
class RefreshTokens {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshTokens.class);

    private final RefreshTokenRepository tokens;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(RefreshTokenRepository tokens, Clock clock,
                  @Value("${steward.tokens.refresh-lifetime:30d}") Duration lifetime) {
        this.tokens = tokens;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new family, for a new sign-in. */
    @Transactional
    String issue(UUID accountId) {
        return issueInFamily(accountId, UuidV7.generate(clock));
    }

    /**
     * Spends a token and issues its successor. A token that is unknown, expired, spent or revoked gives
     * nothing; a spent or revoked one also revokes its family. The revocation must commit although the
     * caller answers with an error, so this reports instead of throwing.
     */
    @Transactional
    Optional<Rotation> rotate(String presented) {
        Instant now = Instants.now(clock);
        Optional<RefreshToken> found = tokens.findByTokenHash(hash(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get();
        if (token.usedAt() != null || token.revokedAt() != null || tokens.spend(token.id(), now) == 0) {
            int revoked = tokens.revokeFamily(token.familyId(), now);
            LOG.warn("refresh token re-used: family revoked, tokens={}", revoked);
            return Optional.empty();
        }
        if (!now.isBefore(token.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(new Rotation(token.accountId(), issueInFamily(token.accountId(), token.familyId())));
    }

    /** Revokes the family of a token, if the token belongs to the account. */
    @Transactional
    void revokeFamilyOf(UUID accountId, String presented) {
        tokens.findByTokenHash(hash(presented))
                .filter(token -> token.accountId().equals(accountId))
                .ifPresent(token -> tokens.revokeFamily(token.familyId(), Instants.now(clock)));
    }

    @Transactional
    void revokeAll(UUID accountId) {
        tokens.revokeAccount(accountId, Instants.now(clock));
    }

    private String issueInFamily(UUID accountId, UUID familyId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instants.now(clock);
        tokens.save(new RefreshToken(UuidV7.generate(clock), accountId, familyId, hash(token), now,
                now.plus(lifetime), null, null));
        return token;
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }

    /** The successor of a spent token, and whose it is. */
    record Rotation(UUID accountId, String refreshToken) {
    }
}
