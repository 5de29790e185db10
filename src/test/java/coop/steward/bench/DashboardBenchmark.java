package coop.steward.bench;

import coop.steward.Application;
import coop.steward.organizing.rollup.RebuildReport;
import coop.steward.organizing.rollup.RollupRow;
import coop.steward.organizing.rollup.Rollups;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organizer dashboard's cost at 1 M sessions / 10 k workers against 10 k sessions, in one run, and against DuckDB
 * recomputing the same figures from a full export of the ledger tables. A benchmark command, not a test:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath) coop.steward.bench.DashboardBenchmark
 * [database] [workers] [sessionsPerWorker]} (defaults {@code steward_bench_dash 10000 100}), against MariaDB on
 * 127.0.0.1:3306 (root, no password); it drops and recreates the database.
 * <p>
 * The generator writes the ledger tables directly in JDBC batches (gigs of 20 vendors in 10 jurisdictions, sessions
 * over the twelve months of 2026, a monthly payment per gig, every worker consenting to one organization), skipping
 * the hash chain, which no figure reads; then {@link Rollups#rebuildAll()} computes the rollups. The small dataset
 * (10 k sessions: 834 workers, one session a month) consents to a second organization in the same database. Both
 * dashboards are then asked over HTTP, alternately, while members of both log sessions through the API; then the
 * lag from a write to the release that shows it, and one release's compute at each scale (docs/performance.md).
 */
public final class DashboardBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final String ADMIN = "bench-admin";
    private static final String ADMIN_PASSWORD = "bench admin passphrase 2026";
    private static final String PASSWORD = "bench passphrase 2026";
    private static final String[] JURISDICTIONS = {"US-MO", "US-KS", "US-TX", "US-CA", "KE", "PH", "IN", "CO", "MX", "NG"};
    private static final String[] ZONES = {"America/Chicago", "America/Chicago", "America/Chicago", "America/Los_Angeles",
            "Africa/Nairobi", "Asia/Manila", "Asia/Kolkata", "America/Bogota", "America/Mexico_City", "Africa/Lagos"};
    private static final String[] TASKS = {"LABELING", "RLHF_CONVERSATION", "CONTENT_MODERATION", "EVALUATION",
            "TRANSCRIPTION", "CODING"};
    private static final int VENDORS = 20;
    private static final int ROUNDS = 40;
    private static final int WARM_UP = 8;
    private static final YearMonth FIRST = YearMonth.of(2026, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 12);
    private static final int WRITERS = 10;
    private static final int PROBES = 5;
    private static final double WRITES_PER_SECOND = 3;
    private static final long PAUSE_MS = 100;
    /** Each lag probe and compute round waits for a release: fewer where disclosure control takes minutes. */
    private static final int LAG_PROBES = Integer.getInteger("lagProbes", 5);
    private static final int COMPUTE_ROUNDS = Integer.getInteger("computeRounds", 3);
    private static final Instant FIRST_EVENING = Instant.parse("2026-01-01T02:00:00Z");
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private static JsonMapper json;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        String database = args.length > 0 ? args[0] : "steward_bench_dash";
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int perWorker = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String server = "jdbc:mariadb://127.0.0.1:3306/";
        try (Connection root = DriverManager.getConnection(server, "root", "");
             Statement statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = server + database;
        Path dataDir = Files.createTempDirectory("steward-bench-dash");
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", "root");
        properties.put("datasources.default.password", "");
        properties.put("micronaut.server.port", -1);
        properties.put("steward.data-dir", dataDir.toString());
        properties.put("steward.admin.handle", ADMIN);
        properties.put("steward.admin.password", ADMIN_PASSWORD);
        properties.put("steward.rollups.rebuild-threads", Integer.getInteger("rebuildThreads", 2));
        try (ApplicationContext context = Micronaut.build(new String[0]).mainClass(Application.class).environments("bench")
                .properties(properties).start()) {
            String base = "http://127.0.0.1:" + context.getBean(EmbeddedServer.class).getPort();
            json = context.getBean(JsonMapper.class);
            Rollups rollups = context.getBean(Rollups.class);
            long generated = System.nanoTime();
            List<UUID> big;
            List<UUID> small;
            try (Connection connection = DriverManager.getConnection(url + "?useBulkStmts=true&useBulkStmtsForInserts=true",
                    "root", "")) {
                connection.setAutoCommit(false);
                big = generate(connection, "big", workers, perWorker);
                small = generate(connection, "small", (10_000 + 11) / 12, 12);
            }
            System.out.printf("generated %,d + %,d workers, %,d + %,d sessions in %.1f s%n", big.size(), small.size(),
                    (long) big.size() * perWorker, (long) small.size() * 12, (System.nanoTime() - generated) / 1e9);
            RebuildReport rebuilt = rollups.rebuildAll();
            System.out.printf("rebuildAll: %,d workers, %,d rollup rows in %.1f s%n", rebuilt.workers(), rebuilt.rows(),
                    rebuilt.took().toMillis() / 1000.0);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String admin = signIn(http, base, ADMIN, ADMIN_PASSWORD);
            String organizer = "bench-organizer-" + System.currentTimeMillis() % 100000;
            createAccount(http, base, admin, organizer, "ORGANIZER");
            UUID bigOrg = organization(http, base, admin, organizer, "Data Workers United (1 M sessions)");
            UUID smallOrg = organization(http, base, admin, organizer, "Data Workers United (10 k sessions)");
            // Live members who write through the API: background writers, probes whose task kind nobody else has
            // (so their hours show when a release includes them), one who withdraws; members of both organizations.
            List<Member> writers = members(http, base, admin, "writer", WRITERS, "Vendor A", "LABELING");
            List<Member> probes = members(http, base, admin, "probe", PROBES, "Probe Vendor", "OTHER");
            Member withdrawing = members(http, base, admin, "withdrawing", 1, "Vendor B", "LABELING").get(0);
            List<UUID> live = new ArrayList<>();
            writers.forEach(member -> live.add(member.id()));
            probes.forEach(member -> live.add(member.id()));
            live.add(withdrawing.id());
            try (Connection connection = DriverManager.getConnection(url, "root", "")) {
                connection.setAutoCommit(false);
                consent(connection, bigOrg, concat(big, live));
                consent(connection, smallOrg, concat(small, live));
            }
            for (Member probe : probes) {
                for (int i = 0; i < 4; i++) {
                    probe.logEvening(http, base, 180);
                }
            }
            withdrawing.logEvening(http, base, 120);
            rollups.refreshPending();
            String bearer = signIn(http, base, organizer, PASSWORD);

            long bigFirst = time(() -> dashboard(http, base, bearer, bigOrg, "vendor"));
            long smallFirst = time(() -> dashboard(http, base, bearer, smallOrg, "vendor"));
            System.out.printf("first release (a read that waits for it): %,d members %.0f ms, %,d members %.0f ms "
                    + "(load %s)%n", big.size() + live.size(), bigFirst / 1e6, small.size() + live.size(), smallFirst / 1e6,
                    load());

            BackgroundWriter writer = new BackgroundWriter(http, base, writers, WRITES_PER_SECOND);
            writer.start();
            List<Long> bigTimes = new ArrayList<>();
            List<Long> smallTimes = new ArrayList<>();
            String loadBefore = load();
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                long bigTook = time(() -> dashboard(http, base, bearer, bigOrg, "vendor"));
                long smallTook = time(() -> dashboard(http, base, bearer, smallOrg, "vendor"));
                if (round >= WARM_UP) {
                    bigTimes.add(bigTook);
                    smallTimes.add(smallTook);
                }
                Thread.sleep(PAUSE_MS);
            }
            String loadAfter = load();
            System.out.printf("dashboard reads while %d members wrote %.0f sessions/s through PUT /api/sessions "
                    + "(%d writes, %d failed); load %s -> %s%n", WRITERS, writer.rate(), writer.writes(), writer.failures(),
                    loadBefore, loadAfter);
            System.out.printf("GET dashboard?dimension=vendor p95: big %.1f ms (p50 %.1f), small %.1f ms (p50 %.1f), "
                    + "ratio %.2f (target ≤ 1.5)%n", p95(bigTimes), p50(bigTimes), p95(smallTimes), p50(smallTimes),
                    p95(bigTimes) / p95(smallTimes));

            List<Long> bigLag = new ArrayList<>();
            List<Long> smallLag = new ArrayList<>();
            for (int probe = 0; probe < LAG_PROBES; probe++) {
                Member who = probes.get(probe % probes.size());
                double bigBefore = probeHours(dashboard(http, base, bearer, bigOrg, "taskKind"));
                double smallBefore = probeHours(dashboard(http, base, bearer, smallOrg, "taskKind"));
                long written = who.logEvening(http, base, 600);
                bigLag.add(untilHoursMove(http, base, bearer, bigOrg, bigBefore) - written);
                smallLag.add(untilHoursMove(http, base, bearer, smallOrg, smallBefore) - written);
            }
            if (LAG_PROBES > 0) {
                System.out.printf("release lag, write acknowledged -> first read that includes it: %,d members p50 %.1f s "
                        + "max %.1f s; %,d members p50 %.1f s max %.1f s (load %s)%n", big.size() + live.size(),
                        p50(bigLag) / 1000, max(bigLag) / 1e9, small.size() + live.size(), p50(smallLag) / 1000,
                        max(smallLag) / 1e9, load());
            }

            List<Long> bigCompute = new ArrayList<>();
            List<Long> smallCompute = new ArrayList<>();
            for (int round = 0; round < COMPUTE_ROUNDS; round++) {
                // A withdrawal makes the next read wait for a release without the worker: that read times a release.
                withdrawing.consent(http, base, bigOrg, false);
                bigCompute.add(time(() -> dashboard(http, base, bearer, bigOrg, "vendor")));
                withdrawing.consent(http, base, bigOrg, true);
                withdrawing.consent(http, base, smallOrg, false);
                smallCompute.add(time(() -> dashboard(http, base, bearer, smallOrg, "vendor")));
                withdrawing.consent(http, base, smallOrg, true);
            }
            System.out.printf("release compute (read right after a withdrawal): %,d members p50 %.0f ms max %.0f ms; "
                    + "%,d members p50 %.0f ms max %.0f ms (load %s)%n", big.size() + live.size(), p50(bigCompute),
                    max(bigCompute) / 1e6, small.size() + live.size(), p50(smallCompute), max(smallCompute) / 1e6, load());
            writer.stop();
            rollups.refreshPending();

            List<UUID> bigMembers = concat(big, live);
            Map<String, double[]> steward = figures(rollups.forWorkers(bigMembers, FIRST, LAST));
            Path export = dataDir.resolve("export");
            long exported = System.nanoTime();
            export(url, export, bigOrg);
            System.out.printf("exported the ledger tables to CSV in %.1f s%n", (System.nanoTime() - exported) / 1e9);
            List<Long> duckTimes = new ArrayList<>();
            Map<String, double[]> duck = null;
            try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
                for (int round = 0; round < 2 + 10; round++) {
                    long started = System.nanoTime();
                    duck = duckFigures(duckdb, export, bigOrg);
                    if (round >= 2) {
                        duckTimes.add(System.nanoTime() - started);
                    }
                }
            }
            System.out.println("vendor                 workers  hours (Steward / DuckDB)   median effective pay USD/h (Steward / DuckDB)");
            for (Map.Entry<String, double[]> cell : steward.entrySet()) {
                double[] other = duck.getOrDefault(cell.getKey(), new double[3]);
                System.out.printf("%-22s %6.0f / %-6.0f %10.1f / %-10.1f %8.2f / %-8.2f%n", cell.getKey(), cell.getValue()[0],
                        other[0], cell.getValue()[1], other[1], cell.getValue()[2], other[2]);
            }
            double bigP95 = p95(bigTimes);
            double smallP95 = p95(smallTimes);
            double duckP95 = p95(duckTimes);
            System.out.printf("GET dashboard?dimension=vendor p95 at %,d sessions / %,d workers: %.1f ms (p50 %.1f)%n",
                    (long) big.size() * perWorker, big.size(), bigP95, p50(bigTimes));
            System.out.printf("GET dashboard?dimension=vendor p95 at %,d sessions / %,d workers: %.1f ms (p50 %.1f)%n",
                    (long) small.size() * 12, small.size(), smallP95, p50(smallTimes));
            System.out.printf("DuckDB from the CSV export, p95: %.1f ms (p50 %.1f)%n", duckP95, p50(duckTimes));
            System.out.printf("ratio big ÷ small: %.2f (target ≤ 1.5); Steward ÷ DuckDB: %.4f (target < 1); load %s%n",
                    bigP95 / smallP95, bigP95 / duckP95, load());
        }
    }

    /** Writes workers, their gigs, sessions and monthly payments; answers the workers' ids. */
    private static List<UUID> generate(Connection connection, String prefix, int workers, int perWorker)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.parse("2026-12-01T00:00:00Z"));
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (id, handle, password_hash, role, "
                + "locale, time_zone, jurisdiction, created_at, updated_at) VALUES (?, ?, 'benchmark: no sign-in', 'WORKER', "
                + "'en', ?, ?, ?, ?)");
             PreparedStatement gig = connection.prepareStatement("INSERT INTO engagement (revision_id, record_id, revision, "
                     + "worker_id, current_revision, deleted, recorded_at, recorded_late, vendor_name, vendor_id, client_name, "
                     + "project_code_name, task_kind, pay_basis, agreed_rate_minor, currency, classification, written_contract, "
                     + "health_benefits, paid_leave, payment_timeframe_days, start_date, end_date, jurisdiction, wage_area) "
                     + "VALUES (?, ?, 1, ?, TRUE, FALSE, ?, FALSE, ?, NULL, ?, NULL, ?, 'HOURLY', ?, 'USD', 'CONTRACTOR', "
                     + "FALSE, FALSE, FALSE, 14, '2025-12-01', NULL, ?, NULL)");
             PreparedStatement session = connection.prepareStatement("INSERT INTO work_session (revision_id, record_id, "
                     + "revision, worker_id, current_revision, deleted, recorded_at, recorded_late, engagement_id, started_at, "
                     + "ended_at, time_zone, paid_minutes, unpaid_onboarding_minutes, unpaid_instructions_minutes, "
                     + "unpaid_waiting_minutes, unpaid_paused_research_minutes, unpaid_rework_minutes, unpaid_rejected_minutes, "
                     + "unpaid_admin_minutes, tasks_done, tasks_rejected, task_estimate_minutes, exposure, support_offered, note) "
                     + "VALUES (?, ?, 1, ?, TRUE, FALSE, ?, FALSE, ?, ?, ?, ?, ?, 0, ?, ?, 0, 0, ?, 0, 10, 0, NULL, 'NONE', "
                     + "FALSE, NULL)");
             PreparedStatement payment = connection.prepareStatement("INSERT INTO payment (revision_id, record_id, revision, "
                     + "worker_id, current_revision, deleted, recorded_at, recorded_late, engagement_id, paid_on, period_start, "
                     + "period_end, gross_minor, platform_fees_minor, transfer_fees_minor, net_minor, currency, method) "
                     + "VALUES (?, ?, 1, ?, TRUE, FALSE, ?, FALSE, ?, ?, ?, ?, ?, ?, 0, ?, 'USD', 'PAYONEER')")) {
            int pending = 0;
            for (int w = 0; w < workers; w++) {
                UUID worker = UUID.randomUUID();
                ids.add(worker);
                int place = w % JURISDICTIONS.length;
                account.setString(1, worker.toString());
                account.setString(2, prefix + "-" + w);
                account.setString(3, ZONES[place]);
                account.setString(4, JURISDICTIONS[place]);
                account.setTimestamp(5, now);
                account.setTimestamp(6, now);
                account.addBatch();
                int gigs = w % 3 == 0 ? 2 : 1;
                UUID[] gigIds = new UUID[gigs];
                int[] rates = new int[gigs];
                for (int g = 0; g < gigs; g++) {
                    gigIds[g] = UUID.randomUUID();
                    rates[g] = 400 + (w * 37 + g * 500) % 2000;
                    gig.setString(1, UUID.randomUUID().toString());
                    gig.setString(2, gigIds[g].toString());
                    gig.setString(3, worker.toString());
                    gig.setTimestamp(4, now);
                    gig.setString(5, "Vendor " + (char) ('A' + (w + g * 7) % VENDORS));
                    gig.setString(6, w % 4 == 0 ? "unknown" : "Client " + (w + g) % 12);
                    gig.setString(7, TASKS[(w + g) % TASKS.length]);
                    gig.setInt(8, rates[g]);
                    gig.setString(9, JURISDICTIONS[place]);
                    gig.addBatch();
                }
                long[] minutesByGigMonth = new long[gigs * 12];
                for (int s = 0; s < perWorker; s++) {
                    int g = s % gigs;
                    LocalDate day = LocalDate.of(2026, 1, 1).plusDays((long) s * 365 / perWorker);
                    Instant start = day.atTime(14 + w % 5, 0).toInstant(ZoneOffset.UTC);
                    int paid = 60 + (w + s) % 120;
                    int waiting = (w + s) % 4 == 0 ? 30 : 0;
                    int instructions = (s % 10 == 0) ? 20 : 0;
                    int rejected = (w + s) % 9 == 0 ? 15 : 0;
                    session.setString(1, UUID.randomUUID().toString());
                    session.setString(2, UUID.randomUUID().toString());
                    session.setString(3, worker.toString());
                    session.setTimestamp(4, Timestamp.from(start.plusSeconds(6 * 3600)));
                    session.setString(5, gigIds[g].toString());
                    session.setTimestamp(6, Timestamp.from(start));
                    session.setTimestamp(7, Timestamp.from(start.plusSeconds(60L * (paid + waiting + instructions + rejected))));
                    session.setString(8, ZONES[place]);
                    session.setInt(9, paid);
                    session.setInt(10, instructions);
                    session.setInt(11, waiting);
                    session.setInt(12, rejected);
                    session.addBatch();
                    minutesByGigMonth[g * 12 + day.getMonthValue() - 1] += paid;
                    if (++pending % 5000 == 0) {
                        flush(connection, account, gig, session, payment);
                    }
                }
                for (int g = 0; g < gigs; g++) {
                    for (int m = 0; m < 12; m++) {
                        long minutes = minutesByGigMonth[g * 12 + m];
                        if (minutes == 0) {
                            continue;
                        }
                        YearMonth month = YearMonth.of(2026, m + 1);
                        long gross = minutes * rates[g] / 60;
                        long fees = gross / 50;
                        payment.setString(1, UUID.randomUUID().toString());
                        payment.setString(2, UUID.randomUUID().toString());
                        payment.setString(3, worker.toString());
                        payment.setTimestamp(4, now);
                        payment.setString(5, gigIds[g].toString());
                        // Every seventh worker's pay arrives three weeks late.
                        payment.setDate(6, Date.valueOf(month.atEndOfMonth().plusDays(w % 7 == 0 ? 35 : 10)));
                        payment.setDate(7, Date.valueOf(month.atDay(1)));
                        payment.setDate(8, Date.valueOf(month.atEndOfMonth()));
                        payment.setLong(9, gross);
                        payment.setLong(10, fees);
                        payment.setLong(11, gross - fees);
                        payment.addBatch();
                    }
                }
            }
            flush(connection, account, gig, session, payment);
        }
        return ids;
    }

    private static void flush(Connection connection, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
    }

    private static void consent(Connection connection, UUID organization, List<UUID> workers) throws SQLException {
        try (PreparedStatement member = connection.prepareStatement("INSERT INTO membership (organization_id, worker_id, "
                + "joined_at, aggregate_consent, casework_consent) VALUES (?, ?, ?, TRUE, FALSE)")) {
            for (UUID worker : workers) {
                member.setString(1, organization.toString());
                member.setString(2, worker.toString());
                member.setTimestamp(3, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
                member.addBatch();
            }
            member.executeBatch();
        }
        connection.commit();
    }

    /** Per vendor: distinct workers, hours, and the median of each worker's effective hourly pay in USD. */
    private static Map<String, double[]> figures(List<RollupRow> rows) {
        Map<String, Map<UUID, long[]>> byVendor = new TreeMap<>();
        for (RollupRow row : rows) {
            long[] sums = byVendor.computeIfAbsent(row.vendorName(), vendor -> new HashMap<>())
                    .computeIfAbsent(row.workerId(), worker -> new long[2]);
            sums[0] += row.allMinutes();
            sums[1] += row.netReportingMinor() == null ? 0 : row.netReportingMinor();
        }
        Map<String, double[]> figures = new TreeMap<>();
        byVendor.forEach((vendor, workers) -> {
            List<Double> pay = new ArrayList<>();
            long minutes = 0;
            for (long[] sums : workers.values()) {
                minutes += sums[0];
                if (sums[0] > 0) {
                    pay.add(sums[1] / 100.0 / (sums[0] / 60.0));
                }
            }
            figures.put(vendor, new double[] {workers.size(), minutes / 60.0, median(pay)});
        });
        return figures;
    }

    /** Writes the current revisions of the three ledger tables as CSV, as a full export would. */
    private static void export(String url, Path directory, UUID organization) throws SQLException, IOException {
        Files.createDirectories(directory);
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            exportTable(connection, "SELECT record_id, worker_id, vendor_name, client_name, task_kind, jurisdiction, currency "
                    + "FROM engagement WHERE current_revision AND NOT deleted", directory.resolve("engagement.csv"));
            exportTable(connection, "SELECT record_id, worker_id, engagement_id, started_at, time_zone, paid_minutes, "
                    + "unpaid_onboarding_minutes + unpaid_instructions_minutes + unpaid_waiting_minutes "
                    + "+ unpaid_paused_research_minutes + unpaid_rework_minutes + unpaid_rejected_minutes "
                    + "+ unpaid_admin_minutes AS unpaid_minutes FROM work_session "
                    + "WHERE current_revision AND NOT deleted AND ended_at IS NOT NULL", directory.resolve("work_session.csv"));
            exportTable(connection, "SELECT record_id, worker_id, engagement_id, paid_on, period_start, period_end, gross_minor, "
                    + "net_minor, currency FROM payment WHERE current_revision AND NOT deleted", directory.resolve("payment.csv"));
            exportTable(connection, "SELECT organization_id, worker_id, aggregate_consent FROM membership",
                    directory.resolve("membership.csv"));
        }
    }

    private static void exportTable(Connection connection, String sql, Path file) throws SQLException, IOException {
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             BufferedWriter out = Files.newBufferedWriter(file)) {
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery(sql)) {
                int columns = rows.getMetaData().getColumnCount();
                for (int c = 1; c <= columns; c++) {
                    out.write((c > 1 ? "," : "") + rows.getMetaData().getColumnLabel(c));
                }
                out.newLine();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        String value = rows.getString(c);
                        out.write((c > 1 ? "," : "") + (value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\""));
                    }
                    out.newLine();
                }
            }
        }
    }

    /**
     * The same figures recomputed by DuckDB from the export: each payment's net spread over its gig's sessions in its
     * period by minutes (the rollups' rule), sessions of 2026 by their day in the worker's zone, per vendor.
     */
    private static Map<String, double[]> duckFigures(Connection duckdb, Path export, UUID organization)
            throws SQLException {
        String e = "read_csv('" + export.resolve("engagement.csv") + "', header = true)";
        String s = "read_csv('" + export.resolve("work_session.csv") + "', header = true, "
                + "types = {'started_at': 'TIMESTAMP'})";
        String p = "read_csv('" + export.resolve("payment.csv") + "', header = true)";
        String m = "read_csv('" + export.resolve("membership.csv") + "', header = true, all_varchar = true)";
        String sql = "WITH members AS (SELECT worker_id FROM " + m + " WHERE organization_id = '" + organization
                + "' AND aggregate_consent IN ('1', 'true', 'TRUE')), "
                + "sessions AS (SELECT s.*, s.paid_minutes + s.unpaid_minutes AS minutes, "
                + "CAST(timezone(s.time_zone, CAST(s.started_at AS TIMESTAMPTZ)) AS DATE) AS day FROM " + s + " s "
                + "WHERE s.worker_id IN (SELECT worker_id FROM members)), "
                + "shares AS (SELECT x.engagement_id, x.worker_id, x.day, "
                + "p.net_minor * x.minutes / SUM(x.minutes) OVER (PARTITION BY p.record_id) AS net "
                + "FROM " + p + " p JOIN sessions x ON x.engagement_id = p.engagement_id AND x.minutes > 0 "
                + "AND x.day BETWEEN p.period_start AND p.period_end), "
                + "gigs AS (SELECT record_id, vendor_name FROM " + e + "), "
                + "worked AS (SELECT g.vendor_name, x.worker_id, SUM(x.minutes) AS minutes FROM sessions x "
                + "JOIN gigs g ON g.record_id = x.engagement_id WHERE year(x.day) = 2026 GROUP BY ALL), "
                + "paid AS (SELECT g.vendor_name, z.worker_id, SUM(z.net) AS net FROM shares z "
                + "JOIN gigs g ON g.record_id = z.engagement_id WHERE year(z.day) = 2026 GROUP BY ALL) "
                + "SELECT w.vendor_name, COUNT(*), SUM(w.minutes) / 60.0, "
                + "MEDIAN(COALESCE(d.net, 0) / 100.0 / (w.minutes / 60.0)) FROM worked w "
                + "LEFT JOIN paid d ON d.vendor_name = w.vendor_name AND d.worker_id = w.worker_id "
                + "WHERE w.minutes > 0 GROUP BY w.vendor_name ORDER BY w.vendor_name";
        Map<String, double[]> figures = new TreeMap<>();
        try (Statement statement = duckdb.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                figures.put(rows.getString(1), new double[] {rows.getDouble(2), rows.getDouble(3), rows.getDouble(4)});
            }
        }
        return figures;
    }

    private static UUID organization(HttpClient http, String base, String admin, String organizer, String name) {
        HttpResponse<String> created = send(http, json(base + "/api/admin/organizations", admin, "POST", "{\"name\":\"" + name
                + "\",\"kind\":\"UNION\",\"country\":\"US\",\"description\":\"Benchmark organization\",\"organizerHandle\":\""
                + organizer + "\"}"));
        Matcher id = ID.matcher(created.body());
        if (!id.find()) {
            throw new IllegalStateException("no organization id in " + created.body());
        }
        return UUID.fromString(id.group(1));
    }

    private static HttpResponse<String> dashboard(HttpClient http, String base, String bearer, UUID organization,
                                                  String dimension) {
        return send(http, HttpRequest.newBuilder(URI.create(base + "/api/organizations/" + organization
                + "/dashboard?dimension=" + dimension)).header("Authorization", "Bearer " + bearer).GET().build());
    }

    /** A worker with an account, one gig, and the evenings they log one after the other through the API. */
    private record Member(UUID id, String bearer, UUID gig, AtomicInteger evenings) {

        /** Logs one more session of {@code minutes}; answers System.nanoTime() when the server acknowledged it. */
        long logEvening(HttpClient http, String base, int minutes) {
            Instant start = FIRST_EVENING.plus(Duration.ofHours(12L * evenings.getAndIncrement()));
            HttpResponse<String> logged = send(http, json(base + "/api/sessions/" + UUID.randomUUID(), bearer, "PUT",
                    "{\"engagementId\":\"" + gig + "\",\"startedAt\":\"" + start + "\",\"endedAt\":\""
                            + start.plus(Duration.ofMinutes(minutes)) + "\",\"timeZone\":\"UTC\",\"paidMinutes\":"
                            + minutes + ",\"unpaidMinutes\":{},\"tasksDone\":10,\"tasksRejected\":0,"
                            + "\"exposure\":\"NONE\",\"supportOffered\":false}"));
            long acknowledged = System.nanoTime();
            if (logged.statusCode() / 100 != 2) {
                throw new IllegalStateException("logging a session answered " + logged.statusCode() + ": " + logged.body());
            }
            return acknowledged;
        }

        void consent(HttpClient http, String base, UUID organization, boolean granted) {
            HttpResponse<String> set = send(http, json(base + "/api/me/memberships/" + organization
                    + "/consents/AGGREGATE", bearer, "PUT", "{\"granted\":" + granted + "}"));
            if (set.statusCode() != 200) {
                throw new IllegalStateException("consent answered " + set.statusCode() + ": " + set.body());
            }
        }
    }

    /** Workers created through the admin API, signed in, each with one gig of the vendor and task kind. */
    private static List<Member> members(HttpClient http, String base, String admin, String prefix, int count,
                                        String vendor, String taskKind) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String handle = "bench-" + prefix + "-" + i + "-" + System.currentTimeMillis() % 100000;
            UUID id = createAccount(http, base, admin, handle, "WORKER");
            String bearer = signIn(http, base, handle, PASSWORD);
            UUID gig = UUID.randomUUID();
            HttpResponse<String> created = send(http, json(base + "/api/engagements/" + gig, bearer, "PUT",
                    "{\"vendorName\":\"" + vendor + "\",\"client\":\"unknown\",\"taskKind\":\"" + taskKind
                            + "\",\"payBasis\":\"HOURLY\",\"agreedRateMinor\":1500,\"currency\":\"USD\","
                            + "\"classification\":\"CONTRACTOR\",\"writtenContract\":false,\"healthBenefits\":false,"
                            + "\"paidLeave\":false,\"paymentTimeframeDays\":14,\"startDate\":\"2025-12-01\","
                            + "\"jurisdiction\":\"US-MO\"}"));
            if (created.statusCode() / 100 != 2) {
                throw new IllegalStateException("creating a gig answered " + created.statusCode() + ": " + created.body());
            }
            members.add(new Member(id, bearer, gig, new AtomicInteger()));
        }
        return members;
    }

    private static UUID createAccount(HttpClient http, String base, String admin, String handle, String role) {
        HttpResponse<String> created = send(http, json(base + "/api/admin/accounts", admin, "POST", "{\"handle\":\""
                + handle + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\",\"locale\":\"en\","
                + "\"timeZone\":\"UTC\",\"jurisdiction\":\"US-MO\"}"));
        Matcher id = ID.matcher(created.body());
        if (!id.find()) {
            throw new IllegalStateException("no account id in " + created.body());
        }
        return UUID.fromString(id.group(1));
    }

    /**
     * Members logging sessions through the API at a steady rate, as a live organization does, on a thread of its
     * own; a failed write is counted, not fatal.
     */
    private static final class BackgroundWriter {

        private final HttpClient http;
        private final String base;
        private final List<Member> members;
        private final long intervalNanos;
        private final AtomicInteger writes = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();
        private final Thread thread;
        private volatile boolean running = true;
        private long started;
        private long stopped;

        BackgroundWriter(HttpClient http, String base, List<Member> members, double perSecond) {
            this.http = http;
            this.base = base;
            this.members = members;
            this.intervalNanos = (long) (1e9 / perSecond);
            this.thread = new Thread(this::run, "bench-writer");
            this.thread.setDaemon(true);
        }

        void start() {
            started = System.nanoTime();
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            stopped = System.nanoTime();
        }

        private void run() {
            long next = System.nanoTime();
            while (running) {
                try {
                    members.get(writes.get() % members.size()).logEvening(http, base, 60 + writes.get() % 90);
                } catch (RuntimeException failed) {
                    failures.incrementAndGet();
                }
                writes.incrementAndGet();
                next += intervalNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }

        int writes() {
            return writes.get();
        }

        int failures() {
            return failures.get();
        }

        double rate() {
            long end = stopped == 0 ? System.nanoTime() : stopped;
            return writes.get() / ((end - started) / 1e9);
        }
    }

    /** The window's paid hours of the probes' task kind, the one only the probes log ({@code OTHER}); 0 while not shown. */
    private static double probeHours(HttpResponse<String> view) {
        try {
            Map<String, Object> parsed = json.readValue(view.body(), MAP);
            for (Object row : (List<?>) parsed.get("rows")) {
                Map<?, ?> fields = (Map<?, ?>) row;
                if ("OTHER".equals(fields.get("coordinate"))) {
                    for (Object cell : (List<?>) fields.get("cells")) {
                        Map<?, ?> values = (Map<?, ?>) cell;
                        if ("window".equals(values.get("period")) && values.get("paidHours") instanceof Number hours) {
                            return hours.doubleValue();
                        }
                    }
                }
            }
            return 0;
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Reads the task kinds every 50 ms until the probes' hours move; answers System.nanoTime() of that read. */
    private static long untilHoursMove(HttpClient http, String base, String bearer, UUID organization, double before)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> view = dashboard(http, base, bearer, organization, "taskKind");
            long read = System.nanoTime();
            if (probeHours(view) > before) {
                return read;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no release showed the probe's write within 5 minutes (is its cell published?)");
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static String signIn(HttpClient http, String base, String handle, String password) {
        Matcher token = TOKEN.matcher(send(http, json(base + "/login", null, "POST",
                "{\"username\":\"" + handle + "\",\"password\":\"" + password + "\"}")).body());
        if (!token.find()) {
            throw new IllegalStateException("could not sign in as " + handle);
        }
        return token.group(1);
    }

    private static HttpRequest json(String url, String bearer, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static double max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static long time(Supplier<Object> ask) {
        long started = System.nanoTime();
        Object answer = ask.get();
        if (answer instanceof HttpResponse<?> response && response.statusCode() != 200) {
            throw new IllegalStateException("dashboard answered " + response.statusCode() + ": " + response.body());
        }
        return System.nanoTime() - started;
    }

    private static double p95(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
    }

    private static double p50(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
