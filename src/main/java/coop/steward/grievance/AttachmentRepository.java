package coop.steward.grievance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttachmentRepository extends CrudRepository<Attachment, UUID> {

    List<AttachmentSummary> findByGrievanceIdAndWorkerIdOrderByRecordedAt(UUID grievanceId, UUID workerId);

    List<AttachmentSummary> findByWorkerIdOrderByRecordedAt(UUID workerId);

    Optional<AttachmentSummary> findFirstByGrievanceIdAndWorkerIdAndSha256(UUID grievanceId, UUID workerId, String sha256);

    Optional<Attachment> findByIdAndGrievanceIdAndWorkerId(UUID id, UUID grievanceId, UUID workerId);

    @Query("SELECT COALESCE(SUM(size_bytes), 0) FROM grievance_attachment WHERE worker_id = :workerId")
    long storedBytesOf(UUID workerId);
}
