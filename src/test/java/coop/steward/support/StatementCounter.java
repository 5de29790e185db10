package coop.steward.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Counts the SQL statements a piece of code sends to the database, on H2 and MariaDB alike: it wraps the data
 * source's connections and counts each statement prepared or created on the calling thread while {@link #count}
 * runs, so the rollup refresher and other threads do not blur the figure. Active only in the tests that name it.
 * <p>
 * It must wrap the pool itself, before Micronaut wraps it in its contextual data source: wrapping the contextual one
 * hides it from Micronaut's unwrapping, and every connection outside a transaction then fails with "no current
 * connection". Listener order is otherwise undefined, so it asks to run first and refuses the wrong layer.
 */
@Singleton
@Requires(property = "statement-counter", value = "on")
public final class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    /** What the code returned, and how many statements it sent. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        int[] statements = {0};
        COUNTING.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, statements[0]);
        } finally {
            COUNTING.remove();
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        if (dataSource instanceof DelegatingDataSource) {
            throw new IllegalStateException("StatementCounter ran after Micronaut wrapped the pool; it must run first");
        }
        return proxy(DataSource.class, dataSource, (method, result) ->
                result instanceof Connection connection && method.getName().equals("getConnection")
                        ? proxy(Connection.class, connection, StatementCounter::counted) : result);
    }

    private static Object counted(Method method, Object result) {
        int[] statements = COUNTING.get();
        if (statements != null && STATEMENTS.contains(method.getName())) {
            statements[0]++;
        }
        return result;
    }

    private interface AfterCall {
        Object after(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.after(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
