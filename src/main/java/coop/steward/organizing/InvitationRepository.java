package coop.steward.organizing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationRepository extends CrudRepository<Invitation, UUID> {

    Optional<Invitation> findByCodeDigest(String codeDigest);

    Optional<Invitation> findByIdAndOrganizationId(UUID id, UUID organizationId);

    List<Invitation> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    /** Spends one use, unless another join spent the last one first: answers how many rows it changed. */
    @Query("UPDATE invitation SET uses = uses + 1 WHERE id = :id AND uses < max_uses AND revoked_at IS NULL")
    int spendOne(UUID id);

    @Query("UPDATE invitation SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    void revoke(UUID id, Instant at);
}
