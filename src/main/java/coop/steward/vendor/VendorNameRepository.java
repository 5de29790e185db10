package coop.steward.vendor;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VendorNameRepository extends CrudRepository<VendorName, UUID> {

    Optional<VendorName> findByNormalizedName(String normalizedName);

    boolean existsByNormalizedName(String normalizedName);

    List<VendorName> findByVendorIdOrderByName(UUID vendorId);

    /** Names that start with what was typed, or have a word that does; the canonical ones first. */
    @Query(value = "SELECT * FROM vendor_name WHERE normalized_name LIKE :prefix OR normalized_name LIKE :wordPrefix "
            + "ORDER BY CASE kind WHEN 'CANONICAL' THEN 0 WHEN 'ALIAS' THEN 1 ELSE 2 END, name LIMIT 10")
    List<VendorName> suggestions(String prefix, String wordPrefix);
}
