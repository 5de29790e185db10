package coop.steward.common.config;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On MariaDB a statement the write path sends again and again is prepared on the server once per connection, then
 * only executed; the embedded H2 database, which knows no such setting, is given none (it would refuse to connect).
 */
@MicronautTest(transactional = false)
class ServerPreparedStatementsTest {

    private static final String REPEATED = "SELECT seq FROM ledger_head WHERE worker_id = ?";

    @Inject
    DatasourceConfiguration configuration;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void onMariaDbARepeatedStatementIsPreparedOnTheServerOnce() throws SQLException {
        if (!configuration.getUrl().startsWith("jdbc:mariadb:")) {
            assertThat(configuration.getDataSourceProperties()).doesNotContainKey(ServerPreparedStatements.SETTING);
            return;
        }
        try (Connection connection = resolver.resolve(dataSource).getConnection()) {
            long before = prepared(connection);
            for (int i = 0; i < 3; i++) {
                try (PreparedStatement select = connection.prepareStatement(REPEATED)) {
                    select.setString(1, "no such worker " + i);
                    select.executeQuery().close();
                }
            }
            assertThat(prepared(connection) - before).isEqualTo(1);
        }
    }

    private static long prepared(Connection connection) throws SQLException {
        try (Statement status = connection.createStatement();
             ResultSet row = status.executeQuery("SHOW SESSION STATUS LIKE 'Com_stmt_prepare'")) {
            row.next();
            return row.getLong(2);
        }
    }
}
