package coop.steward.record;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one spelling of a record that the hash chain signs: keys sorted, no whitespace, every field present
 * (null where empty), instants in UTC with exactly six fractional digits — what {@code DATETIME(6)} keeps,
 * so a record read back from any of the three databases spells the same.
 */
public final class CanonicalJson {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Map<String, String> fields = new TreeMap<>();

    private CanonicalJson() {
    }

    public static CanonicalJson object() {
        return new CanonicalJson();
    }

    public CanonicalJson put(String key, @Nullable String value) {
        fields.put(key, value == null ? "null" : quote(value));
        return this;
    }

    public CanonicalJson put(String key, @Nullable Long value) {
        fields.put(key, value == null ? "null" : value.toString());
        return this;
    }

    public CanonicalJson put(String key, @Nullable Integer value) {
        fields.put(key, value == null ? "null" : value.toString());
        return this;
    }

    public CanonicalJson put(String key, @Nullable Boolean value) {
        fields.put(key, value == null ? "null" : value.toString());
        return this;
    }

    public CanonicalJson put(String key, @Nullable UUID value) {
        return put(key, value == null ? null : value.toString());
    }

    public CanonicalJson put(String key, @Nullable Instant value) {
        return put(key, value == null ? null : INSTANT.format(value));
    }

    public CanonicalJson put(String key, @Nullable LocalDate value) {
        return put(key, value == null ? null : value.toString());
    }

    public CanonicalJson put(String key, @Nullable Enum<?> value) {
        return put(key, value == null ? null : value.name());
    }

    /** Nests an object that is already canonical. */
    public CanonicalJson putRaw(String key, String canonical) {
        fields.put(key, canonical);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(key)).append(':').append(value);
        });
        return out.append('}').toString();
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
