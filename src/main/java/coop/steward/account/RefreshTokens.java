package coop.steward.account;

import coop.steward.common.digest.Sha256;
import coop.steward.common.id.UuidV7;
import coop.steward.common.time.Instants;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
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
    private final Duration retryGrace;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(RefreshTokenRepository tokens, Clock clock,
                  @Value("${steward.tokens.refresh-lifetime:30d}") Duration lifetime,
                  @Value("${steward.tokens.refresh-retry-grace:2m}") Duration retryGrace) {
        this.tokens = tokens;
        this.clock = clock;
        this.lifetime = lifetime;
        this.retryGrace = retryGrace;
    }

    /** A new family, for a new sign-in. */
    @Transactional
    String issue(UUID accountId) {
        return issueInFamily(accountId, UuidV7.generate(clock), null);
    }

    /**
     * Spends a token and issues its successor. A spent token presented again within the retry grace, while none
     * of its successors has been used, gets another successor: the phone that lost the first answer, or one of
     * several concurrent refreshes. Using a successor revokes its unused siblings. Any other re-use of a spent or
     * revoked token revokes its family; an unknown or expired token gives nothing. The revocation must commit
     * although the caller answers with an error, so this reports instead of throwing.
     */
    @Transactional
    Optional<Rotation> rotate(String presented) {
        Instant now = Instants.now(clock);
        Optional<RefreshToken> found = tokens.findByTokenHash(hash(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get();
        if (token.revokedAt() != null) {
            return revokeFamily(token, now);
        }
        if (!now.isBefore(token.expiresAt())) {
            return Optional.empty();
        }
        if (token.usedAt() == null && tokens.spend(token.id(), now) == 1) {
            if (token.parentId() != null) {
                tokens.markSuccessorUsed(token.parentId(), now);
                tokens.revokeOtherSuccessors(token.parentId(), token.id(), now);
            }
            return Optional.of(successorOf(token));
        }
        // Spent already, perhaps a moment ago by a concurrent refresh: the update reads the committed row.
        if (tokens.admitRetry(token.id(), now, now.minus(retryGrace)) == 1) {
            LOG.info("refresh token retried within the grace: another successor issued");
            return Optional.of(successorOf(token));
        }
        return revokeFamily(token, now);
    }

    private Rotation successorOf(RefreshToken token) {
        return new Rotation(token.accountId(), issueInFamily(token.accountId(), token.familyId(), token.id()));
    }

    private Optional<Rotation> revokeFamily(RefreshToken token, Instant now) {
        int revoked = tokens.revokeFamily(token.familyId(), now);
        LOG.warn("refresh token re-used: family revoked, tokens={}", revoked);
        return Optional.empty();
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

    private String issueInFamily(UUID accountId, UUID familyId, @Nullable UUID parentId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instants.now(clock);
        tokens.save(new RefreshToken(UuidV7.generate(clock), accountId, familyId, hash(token), now,
                now.plus(lifetime), null, null, parentId, null, null));
        return token;
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }

    /** The successor of a spent token, and whose it is. */
    record Rotation(UUID accountId, String refreshToken) {
    }
}
