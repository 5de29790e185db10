package coop.steward.common.health;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the pool to throw away a connection whose link to the database broke. Hikari knows the SQLStates of
 * MySQL and MariaDB for that, but not H2's own error codes, so after an outage H2's dead connections went on being
 * handed out and the portal never recovered.
 */
public final class BrokenConnectionEviction implements SQLExceptionOverride {

    /** H2: connection broken, I/O failure, database closed (as a remote session sees a lost server). */
    private static final Set<Integer> H2_BROKEN = Set.of(90067, 90028, 90121, 90031);

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (H2_BROKEN.contains(sql.getErrorCode())
                    || sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
