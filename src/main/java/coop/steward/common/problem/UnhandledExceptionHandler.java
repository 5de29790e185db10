package coop.steward.common.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;

/**
 * What no more specific handler took. A database out of reach is the client's to retry, so it answers 503 with
 * {@code Retry-After}, never 500: the pool gives up after its short connection timeout, so the answer comes within
 * seconds. Anything else is a 500 that says no more than its title.
 */
@Singleton
final class UnhandledExceptionHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {

    static final String RETRY_AFTER_SECONDS = "5";
    /** H2's {@code IO_EXCEPTION_1} and {@code IO_EXCEPTION_2}. */
    private static final Set<String> H2_IO_FAILURES = Set.of("90028", "90031");
    private static final Logger LOG = LoggerFactory.getLogger(UnhandledExceptionHandler.class);

    // ExceptionHandler declares the raw HttpRequest, so an override cannot name its body type.
    @SuppressWarnings("rawtypes")
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        if (isDatabaseOutOfReach(exception)) {
            LOG.warn("database out of reach: method={} path={} cause={}", request.getMethodName(), request.getPath(),
                    rootOf(exception).toString());
            return Problems.respond(HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE), request, ProblemType.SERVICE_UNAVAILABLE, null,
                    List.of()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        LOG.error("Unexpected error occurred: method={} path={}", request.getMethodName(), request.getPath(), exception);
        return Problems.respond(HttpResponse.serverError(), request, ProblemType.INTERNAL, null, List.of());
    }

    /**
     * A connection that could not be had or broke: SQLState class 08, the JDBC types that say so, a driver's
     * I/O failure, or the connection manager failing on the connection itself. H2 reports its I/O failures (a TCP
     * server gone mid-statement, a file it cannot read) as its own states, with the cause only as text.
     */
    static boolean isDatabaseOutOfReach(Throwable exception) {
        boolean sql = false;
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            sql |= cause instanceof java.sql.SQLException || cause instanceof ConnectionException;
            if (cause instanceof ConnectionException || sql && cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException failure && failure.getSQLState() != null
                    && (failure.getSQLState().startsWith("08") || H2_IO_FAILURES.contains(failure.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
