package coop.steward.ledger.transfer;

import coop.steward.ledger.Exposure;
import coop.steward.ledger.SessionRequest;
import coop.steward.ledger.SessionView;
import coop.steward.ledger.UnpaidCategory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The sessions CSV, one format for export and import (documented in docs/ledger-csv.md with a sample):
 * instants in ISO 8601 UTC, minutes as whole numbers, one column per unpaid category.
 */
public final class SessionCsv {

    static final List<String> UNPAID_COLUMNS = Arrays.stream(UnpaidCategory.values())
            .map(category -> category.name().toLowerCase(Locale.ROOT)).toList();

    public static final List<String> HEADERS = headers();

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADERS.toArray(String[]::new))
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private SessionCsv() {
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("id", "engagement_id", "started_at", "ended_at", "time_zone",
                "paid_minutes"));
        headers.addAll(UNPAID_COLUMNS);
        headers.addAll(List.of("tasks_done", "tasks_rejected", "task_estimate_minutes", "exposure", "support_offered",
                "note"));
        return List.copyOf(headers);
    }

    public static String write(List<SessionView> sessions) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADERS.toArray(String[]::new)).get())) {
            for (SessionView s : sessions) {
                List<Object> row = new ArrayList<>(List.of(s.id(), s.engagementId(), s.startedAt(),
                        s.endedAt() == null ? "" : s.endedAt(), s.timeZone(), s.paidMinutes()));
                for (UnpaidCategory category : UnpaidCategory.values()) {
                    row.add(s.unpaidMinutes().getOrDefault(category, 0));
                }
                row.addAll(List.of(s.tasksDone(), s.tasksRejected(),
                        s.taskEstimateMinutes() == null ? "" : s.taskEstimateMinutes(), s.exposure(), s.supportOffered(),
                        s.note() == null ? "" : s.note()));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One row read into a request, or the columns it got wrong. */
    record Row(long line, UUID id, SessionRequest request, Map<String, String> errors) {
    }

    static Row read(CSVRecord record, UUID fallbackId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Cells cells = new Cells(record, errors);
        UUID id = cells.uuid("id", false);
        UUID engagement = cells.uuid("engagement_id", true);
        Instant started = cells.instant("started_at", true);
        Instant ended = cells.instant("ended_at", false);
        Map<UnpaidCategory, Integer> unpaid = new EnumMap<>(UnpaidCategory.class);
        for (UnpaidCategory category : UnpaidCategory.values()) {
            unpaid.put(category, cells.whole(category.name().toLowerCase(Locale.ROOT), false, 0));
        }
        Exposure exposure = cells.exposure("exposure");
        SessionRequest request = new SessionRequest(engagement, started, ended, cells.text("time_zone"),
                cells.whole("paid_minutes", true, 0), unpaid, cells.whole("tasks_done", false, 0),
                cells.whole("tasks_rejected", false, 0), cells.wholeOrNull("task_estimate_minutes"), exposure,
                cells.bool("support_offered"), blankToNull(cells.text("note")));
        return new Row(record.getRecordNumber() + 1, id != null ? id : fallbackId, request, errors);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
