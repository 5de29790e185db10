package coop.steward.ledger.transfer;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.ledger.Sessions;
import coop.steward.record.WriteOutcome;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Imports a CSV of sessions all or nothing: every row is checked first and every error reported by line and
 * column; only a file without errors is written, in one transaction, each row exactly once (a row without an
 * id gets one derived from its content, so importing the same file twice stores nothing new).
 */
@Singleton
public class SessionImport {

    static final int MAX_ROWS = 10_000;

    private final Sessions sessions;
    private final Validator validator;

    SessionImport(Sessions sessions, Validator validator) {
        this.sessions = sessions;
        this.validator = validator;
    }

    /** How many rows were stored, and how many were already there. */
    @Serdeable
    public record Result(int rows, int stored, int unchanged) {
    }

    @Transactional
    public Result importCsv(UUID workerId, String csv) {
        List<SessionCsv.Row> rows = parse(workerId, csv);
        List<Violation> violations = new ArrayList<>();
        for (SessionCsv.Row row : rows) {
            row.errors().forEach((column, message) -> violations.add(rowViolation(row, column, message)));
            if (!row.errors().isEmpty()) {
                continue;
            }
            for (ConstraintViolation<?> violation : validator.validate(row.request())) {
                violations.add(rowViolation(row, violation.getPropertyPath().toString(), violation.getMessage()));
            }
            sessions.violationsOf(workerId, row.request())
                    .forEach(v -> violations.add(rowViolation(row, column(v.field()), v.message())));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations.size() + " errors; nothing was imported",
                    violations);
        }
        int stored = 0;
        for (SessionCsv.Row row : rows) {
            try {
                WriteOutcome<?> outcome = sessions.put(workerId, row.id(), null, row.request());
                stored += outcome.stored() ? 1 : 0;
            } catch (ProblemException refused) {
                throw new ProblemException(refused.type(), "line " + row.line() + ": " + refused.getMessage()
                        + "; nothing was imported", List.of(rowViolation(row, "id", refused.getMessage())));
            }
        }
        return new Result(rows.size(), stored, rows.size() - stored);
    }

    private static List<SessionCsv.Row> parse(UUID workerId, String csv) {
        List<SessionCsv.Row> rows = new ArrayList<>();
        try (CSVParser parser = SessionCsv.FORMAT.parse(new StringReader(csv))) {
            List<String> missing = SessionCsv.HEADERS.stream()
                    .filter(header -> !parser.getHeaderNames().contains(header) && !header.equals("note")
                            && !header.equals("id")).toList();
            if (!parser.getHeaderNames().isEmpty() && !missing.isEmpty()) {
                throw ProblemException.invalid("header", "is missing the columns " + String.join(", ", missing));
            }
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw ProblemException.invalid("body", "a file may hold at most " + MAX_ROWS + " rows");
                }
                UUID derived = UUID.nameUUIDFromBytes((workerId + "|" + String.join(",", record.values()))
                        .getBytes(StandardCharsets.UTF_8));
                rows.add(SessionCsv.read(record, derived));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw ProblemException.invalid("body", "is not a CSV file in the documented format: " + unreadable.getMessage());
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "has no rows to import");
        }
        return rows;
    }

    /** The gig is named by its CSV column; the other rules name the session's fields as the API does. */
    private static String column(String field) {
        return "engagementId".equals(field) ? "engagement_id" : field;
    }

    private static Violation rowViolation(SessionCsv.Row row, String column, String message) {
        return new Violation("line " + row.line() + ": " + column, message);
    }
}
