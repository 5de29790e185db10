package coop.steward.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByHandle(String handle);

    boolean existsByHandle(String handle);

    boolean existsByRole(Role role);
}
