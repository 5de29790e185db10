package coop.steward.grievance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LetterRepository extends CrudRepository<Letter, UUID> {

    List<Letter> findByGrievanceIdAndWorkerIdOrderByCreatedAt(UUID grievanceId, UUID workerId);

    List<Letter> findByWorkerIdOrderByCreatedAt(UUID workerId);

    Optional<Letter> findByIdAndGrievanceIdAndWorkerId(UUID id, UUID grievanceId, UUID workerId);
}
