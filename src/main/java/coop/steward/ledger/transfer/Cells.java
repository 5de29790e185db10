package coop.steward.ledger.transfer;

import coop.steward.ledger.Exposure;
import org.apache.commons.csv.CSVRecord;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Reads the cells of one CSV row, noting each one that cannot be read instead of stopping at the first. */
final class Cells {

    private final CSVRecord record;
    private final Map<String, String> errors;

    Cells(CSVRecord record, Map<String, String> errors) {
        this.record = record;
        this.errors = errors;
    }

    String text(String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    UUID uuid(String column, boolean required) {
        String value = text(column);
        if (value.isEmpty()) {
            if (required) {
                errors.put(column, "is required");
            }
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.put(column, "must be a UUID");
            return null;
        }
    }

    Instant instant(String column, boolean required) {
        String value = text(column);
        if (value.isEmpty()) {
            if (required) {
                errors.put(column, "is required");
            }
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(column, "must be an instant in ISO 8601 UTC such as 2026-03-09T14:00:00Z");
            return null;
        }
    }

    int whole(String column, boolean required, int fallback) {
        Integer value = wholeOrNull(column);
        if (value == null) {
            if (required && !errors.containsKey(column)) {
                errors.put(column, "is required");
            }
            return fallback;
        }
        return value;
    }

    Integer wholeOrNull(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(column, "must be a whole number");
            return null;
        }
    }

    boolean bool(String column) {
        String value = text(column).toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("false") || value.equals("no")) {
            return false;
        }
        if (value.equals("true") || value.equals("yes")) {
            return true;
        }
        errors.put(column, "must be true or false");
        return false;
    }

    Exposure exposure(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return Exposure.NONE;
        }
        try {
            return Exposure.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(column, "must be one of NONE, DISTRESSING, EXTREME");
            return Exposure.NONE;
        }
    }
}
