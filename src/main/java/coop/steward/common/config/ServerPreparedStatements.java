package coop.steward.common.config;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * On MariaDB, statements are prepared on the server once per connection and then only executed (MariaDB
 * Connector/J's {@code useServerPrepStmts}, its cache is on by default): the write path sends the same few statements
 * for every record, and the server no longer parses their text each time. On the write benchmark the gain was within
 * the spread between starts (ADR 0030, docs/performance.md). A URL that names the setting itself keeps its own.
 */
@Singleton
class ServerPreparedStatements implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String SETTING = "useServerPrepStmts";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null && url.startsWith("jdbc:mariadb:") && !url.contains(SETTING)
                && !configuration.getDataSourceProperties().containsKey(SETTING)) {
            configuration.addDataSourceProperty(SETTING, "true");
        }
        return configuration;
    }
}
