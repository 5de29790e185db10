package coop.steward.common.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEventRepository extends CrudRepository<AuditEvent, UUID> {

    List<AuditEvent> findByActionOrderByOccurredAt(String action);

    List<AuditEvent> findBySubjectIdOrderByOccurredAt(UUID subjectId);

    List<AuditEvent> findByOwnerIdOrderByOccurredAtDesc(UUID ownerId);

    void deleteByActorId(UUID actorId);

    void deleteByOwnerId(UUID ownerId);

    void deleteBySubjectId(UUID subjectId);
}
