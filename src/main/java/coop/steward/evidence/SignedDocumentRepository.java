package coop.steward.evidence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignedDocumentRepository extends CrudRepository<SignedDocumentRow, UUID> {

    /** The document whose stored bytes have this digest, without reading them. */
    Optional<PackSeal> findBySha256(String sha256);
}
