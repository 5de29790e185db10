package coop.steward.vendor.publicregistry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClaimNoteRepository extends CrudRepository<ClaimNote, UUID> {

    List<ClaimNote> findByVendorIdOrderByCreatedAt(UUID vendorId);
}
