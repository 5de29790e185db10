package coop.steward.evidence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EvidencePackRepository extends CrudRepository<EvidencePack, UUID> {

    /** The owner's packs, newest first, without reading their PDFs. */
    List<PackView> findByWorkerIdOrderByCreatedAtDesc(UUID workerId);

    Optional<EvidencePack> findByIdAndWorkerId(UUID id, UUID workerId);

    /** The pack whose stored bytes have this digest, without reading them. */
    Optional<PackSeal> findBySha256(String sha256);
}
