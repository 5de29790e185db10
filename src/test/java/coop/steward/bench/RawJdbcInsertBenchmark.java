package coop.steward.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The yardstick for the API's write path (SPEC section 6): the same number of threads, each inserting one
 * session-shaped row per transaction over plain JDBC into a scratch table, for a fixed time. Run it with the
 * test classpath; it is a benchmark command, not a test:
 * {@code java -cp target/test-classes:$(cat target/test.classpath) coop.steward.bench.RawJdbcInsertBenchmark URL USER PASSWORD [seconds] [threads]}
 */
public final class RawJdbcInsertBenchmark {

    private RawJdbcInsertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args.length > 2 ? args[2] : "";
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        try (Connection setup = DriverManager.getConnection(url, user, password); Statement ddl = setup.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_raw_insert");
            ddl.execute("CREATE TABLE bench_raw_insert (id CHAR(36) NOT NULL PRIMARY KEY, worker_id CHAR(36) NOT NULL,"
                    + " started_at DATETIME(6) NOT NULL, ended_at DATETIME(6) NULL, time_zone VARCHAR(64) NOT NULL,"
                    + " paid_minutes INT NOT NULL, unpaid_waiting_minutes INT NOT NULL, tasks_done INT NOT NULL)");
        }
        AtomicLong inserted = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> insertUntil(url, user, password, deadline, inserted));
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            thread.join();
        }
        try (Connection teardown = DriverManager.getConnection(url, user, password); Statement ddl = teardown.createStatement()) {
            ddl.execute("DROP TABLE bench_raw_insert");
        }
        System.out.printf("raw JDBC inserts/s %.1f (%d threads, %d s)%n", inserted.get() / (double) seconds, threads, seconds);
    }

    private static void insertUntil(String url, String user, String password, long deadline, AtomicLong inserted) {
        String worker = UUID.randomUUID().toString();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_raw_insert VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            while (System.nanoTime() < deadline) {
                Instant start = Instant.now();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, worker);
                insert.setTimestamp(3, Timestamp.from(start));
                insert.setTimestamp(4, Timestamp.from(start.plusSeconds(7200)));
                insert.setString(5, "America/Chicago");
                insert.setInt(6, 90);
                insert.setInt(7, 30);
                insert.setInt(8, 12);
                insert.executeUpdate();
                connection.commit();
                inserted.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
