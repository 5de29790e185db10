package coop.steward.vendor.certification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificationAnswerRepository extends CrudRepository<CertificationAnswer, AnswerKey> {

    @Query("SELECT * FROM vendor_certification_answer WHERE certification_id = :certificationId ORDER BY position")
    List<CertificationAnswer> answersOf(UUID certificationId);
}
