package coop.steward.record;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChainLinkRowRepository extends CrudRepository<ChainLinkRow, UUID> {

    List<ChainLinkRow> findByWorkerIdOrderBySeq(UUID workerId);

    long countByWorkerId(UUID workerId);
}
