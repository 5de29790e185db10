package coop.steward.common.problem;

import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures answer 503 with Retry-After (try again soon) rather than 500: a phone queues the first and retries,
 * so a write that failed only because the database was gone must not read as a bug of the request.
 */
class DatabaseOutOfReachTest {

    @Test
    void anH2InputOutputFailureReportedOnlyAsItsStateIsTheDatabaseOutOfReach() {
        // What the H2 TCP client throws when its server goes away mid-statement: the EOFException is only text.
        SQLException remote = new SQLException("IO Exception: \"java.io.EOFException\" [90028-232]", "90028", 90028);

        assertThat(UnhandledExceptionHandler.isDatabaseOutOfReach(
                new DataAccessException("could not check the gig", remote))).isTrue();
    }

    @Test
    void aRefusedStatementIsNot() {
        SQLException duplicate = new SQLException("Unique index or primary key violation", "23505", 23505);

        assertThat(UnhandledExceptionHandler.isDatabaseOutOfReach(new DataAccessException("insert", duplicate))).isFalse();
    }
}
