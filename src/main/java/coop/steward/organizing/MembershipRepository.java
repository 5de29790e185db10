package coop.steward.organizing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MembershipRepository extends CrudRepository<Membership, MembershipKey> {

    /** Locks the membership for the rest of the transaction, so two consent changes at once apply one after the other. */
    @Query("SELECT * FROM membership WHERE organization_id = :organizationId AND worker_id = :workerId FOR UPDATE")
    Optional<Membership> lock(UUID organizationId, UUID workerId);

    @Query("SELECT * FROM membership WHERE worker_id = :workerId")
    List<Membership> ofWorker(UUID workerId);

    @Query("UPDATE membership SET aggregate_consent = :aggregate, casework_consent = :casework "
            + "WHERE organization_id = :organizationId AND worker_id = :workerId")
    void updateConsents(UUID organizationId, UUID workerId, boolean aggregate, boolean casework);

    @Query("DELETE FROM membership WHERE organization_id = :organizationId AND worker_id = :workerId")
    void remove(UUID organizationId, UUID workerId);

    @Query("SELECT COUNT(*) FROM membership WHERE organization_id = :organizationId")
    long countMembers(UUID organizationId);

    @Query("SELECT COUNT(*) FROM membership WHERE organization_id = :organizationId AND aggregate_consent = TRUE")
    long countAggregateConsents(UUID organizationId);

    @Query("SELECT * FROM membership WHERE organization_id = :organizationId AND casework_consent = TRUE "
            + "ORDER BY joined_at")
    List<Membership> caseworkConsenting(UUID organizationId);

    @Query("SELECT worker_id FROM membership WHERE organization_id = :organizationId AND aggregate_consent = TRUE")
    List<UUID> aggregateConsenting(UUID organizationId);

    @Query("SELECT DISTINCT worker_id FROM membership WHERE aggregate_consent = TRUE")
    List<UUID> aggregateConsentingAnywhere();
}
