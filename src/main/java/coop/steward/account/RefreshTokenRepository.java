package coop.steward.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, UUID> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Spends a token; answers 0 if it was already spent or revoked, which is how a race shows up as re-use. */
    @Query("UPDATE refresh_token SET used_at = :now WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    int spend(UUID id, Instant now);

    /**
     * Admits a spent token again, within the grace and while none of its successors is used. The row lock this
     * takes orders the retry against a successor's first use, which updates the same row.
     */
    @Query("UPDATE refresh_token SET retried_at = :now WHERE id = :id AND used_at IS NOT NULL AND used_at >= :graceStart"
            + " AND successor_used_at IS NULL AND revoked_at IS NULL")
    int admitRetry(UUID id, Instant now, Instant graceStart);

    /** Closes the parent's grace once one of its successors is used. */
    @Query("UPDATE refresh_token SET successor_used_at = :now WHERE id = :parentId AND successor_used_at IS NULL")
    int markSuccessorUsed(UUID parentId, Instant now);

    /** Revokes the successors of a parent other than the one just used, so only one line stays live. */
    @Query("UPDATE refresh_token SET revoked_at = :now WHERE parent_id = :parentId AND id <> :keptId"
            + " AND used_at IS NULL AND revoked_at IS NULL")
    int revokeOtherSuccessors(UUID parentId, UUID keptId, Instant now);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(UUID familyId, Instant now);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL")
    int revokeAccount(UUID accountId, Instant now);
}
