package coop.steward.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginFailureRepository extends CrudRepository<LoginFailure, UUID> {

    List<LoginFailure> findTop5ByHandleDigestOrderByFailedAtDesc(String handleDigest);

    void deleteByHandleDigest(String handleDigest);

    void deleteByHandleDigestAndFailedAtLessThan(String handleDigest, Instant before);
}
