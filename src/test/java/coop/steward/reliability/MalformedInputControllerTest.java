package coop.steward.reliability;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests generated from the served OpenAPI document over every write route: values of the wrong type, out
 * of bounds, badly encoded, oversized, given twice, nested too deep, missing or unknown. None may answer 5xx,
 * every refusal is problem+json, one that is about one field names it, and the worker's chain and export are
 * as they were.
 */
@MicronautTest(transactional = false)
class MalformedInputControllerTest {

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final String UNKNOWN_KEY = "favouriteColour";

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    SignedIn worker;
    SignedIn organizer;
    SignedIn admin;
    Map<String, Object> document;
    final Map<String, UUID> records = new HashMap<>();
    final List<String> failures = new ArrayList<>();
    int requests;
    int serverErrors;
    int unnamed;

    /** One generated request: the body's bytes and, when exactly one field is wrong, that field. */
    record Mutation(String description, byte[] body, String field) {
    }

    @Test
    void everyWriteRouteRefusesMalformedInputNamingTheFieldAndNothingChanges() throws IOException {
        http = client.toBlocking();
        worker = TestAccounts.kansasCityWorker(http);
        organizer = TestAccounts.withRole(http, "ORGANIZER");
        admin = TestAccounts.admin(http);
        recordTheWorkersLedger();
        document = new Yaml().load(http.retrieve(HttpRequest.GET("/openapi/steward-0.1.yml"), String.class));
        Map<String, Object> exportBefore = export();

        Map<String, Map<String, Object>> paths = cast(document.get("paths"));
        int routes = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                HttpMethod method = HttpMethod.parse(operation.getKey().toUpperCase());
                if (!List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE).contains(method)) {
                    continue;
                }
                routes++;
                probe(method, path.getKey(), cast(operation.getValue()));
            }
        }

        System.out.printf("RELIABILITY malformed routes=%d requests=%d 5xx=%d unnamed=%d%n", routes, requests, serverErrors, unnamed);
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThanOrEqualTo(1_000);
        assertThat(http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")), MAP)).containsEntry("valid", true);
        assertThat(export()).as("the worker's export after the suite").isEqualTo(exportBefore);
    }

    private void probe(HttpMethod method, String template, Map<String, Object> operation) throws IOException {
        SignedIn caller = callerFor(template);
        for (String variable : variables(template)) {
            for (String bad : List.of("not-a-uuid", "%00", "..%2F..%2Fetc", "9".repeat(4000), "%F0%9F")) {
                send(caller, method, expand(template, variable, bad), null, null, "path " + variable + "=" + bad.length(),
                        variable);
            }
        }
        Map<String, Object> content = map(map(operation.getOrDefault("requestBody", Map.of())).getOrDefault("content", Map.of()));
        String path = expand(template, null, null);
        for (String type : content.keySet()) {
            if (type.equals("application/json")) {
                Map<String, Object> schema = resolve(map(map(content.get(type)).get("schema")));
                for (Mutation mutation : mutations(schema)) {
                    send(caller, method, path, MediaType.APPLICATION_JSON, mutation.body(), mutation.description(), mutation.field());
                }
            } else if (type.equals("multipart/form-data")) {
                for (byte[] garbage : List.of(new byte[] {0}, "\u0000\u00ff garbage".getBytes(StandardCharsets.ISO_8859_1),
                        "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII))) {
                    sendMultipart(caller, method, path, "file", garbage);
                    sendMultipart(caller, method, path, "notTheFile", garbage);
                }
            } else {
                for (byte[] garbage : List.of(new byte[0], "\u0000\u00ff garbage".getBytes(StandardCharsets.ISO_8859_1),
                        new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, "{\"file\":1}".getBytes(StandardCharsets.UTF_8))) {
                    send(caller, method, path, type, garbage, type + " garbage", null);
                }
            }
        }
        send(caller, method, path, "application/x-unheard-of", "{}".getBytes(StandardCharsets.UTF_8), "unknown content type", null);
    }

    private List<Mutation> mutations(Map<String, Object> schema) throws IOException {
        Map<String, Object> valid = validBody(schema);
        List<Mutation> mutations = new ArrayList<>();
        Map<String, Object> properties = cast(schema.getOrDefault("properties", Map.of()));
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            String field = property.getKey();
            Map<String, Object> fieldSchema = resolve(cast(property.getValue()));
            for (Object wrong : wrongValues(fieldSchema)) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, wrong);
                mutations.add(new Mutation(field + "=" + abbreviate(wrong), JSON.writeValueAsBytes(body), field));
            }
            Map<String, Object> once = new LinkedHashMap<>(valid);
            once.put(field, sample(field, fieldSchema));
            String raw = new String(JSON.writeValueAsBytes(valid), StandardCharsets.UTF_8);
            String onceRaw = new String(JSON.writeValueAsBytes(once), StandardCharsets.UTF_8);
            String twice = onceRaw.substring(0, onceRaw.length() - 1) + ",\"" + field + "\":"
                    + new String(JSON.writeValueAsBytes(sample(field, fieldSchema)), StandardCharsets.UTF_8) + "}";
            mutations.add(new Mutation(field + " twice", twice.getBytes(StandardCharsets.UTF_8), field));
            if ("string".equals(fieldSchema.get("type"))) {
                String surrogate = raw.substring(0, raw.length() - 1) + (valid.isEmpty() ? "" : ",")
                        + "\"" + field + "\":\"half \\ud800 a pair\"}";
                mutations.add(new Mutation(field + " lone surrogate", withoutKey(surrogate, valid, field), field));
            }
        }
        for (Object required : (List<?>) schema.getOrDefault("required", List.of())) {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.remove(required.toString());
            mutations.add(new Mutation("without " + required, JSON.writeValueAsBytes(body), required.toString()));
        }
        Map<String, Object> unknown = new LinkedHashMap<>(valid);
        unknown.put(UNKNOWN_KEY, "teal");
        // The OAuth token endpoint ignores unknown parameters, as RFC 6749 section 3.2 requires.
        boolean ignoresUnknown = properties.containsKey("grant_type");
        mutations.add(new Mutation("unknown key", JSON.writeValueAsBytes(unknown), ignoresUnknown ? null : UNKNOWN_KEY));
        mutations.add(new Mutation("deep nesting", ("{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")
                .getBytes(StandardCharsets.UTF_8), null));
        mutations.add(new Mutation("over 1 MB", ("{\"x\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8), null));
        mutations.add(new Mutation("not UTF-8", concat("{\"x\":\"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1}, "\"}".getBytes(StandardCharsets.UTF_8)), null));
        for (String broken : List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":}", "{'single':'quotes'}", "{\"a\":1,}",
                "{\"a\":NaN}", "\uFEFF{}")) {
            mutations.add(new Mutation("broken " + broken, broken.getBytes(StandardCharsets.UTF_8), null));
        }
        return mutations;
    }

    /** The surrogate mutation replaces the field's value, so the field is given once. */
    private static byte[] withoutKey(String withSurrogate, Map<String, Object> valid, String field) throws IOException {
        Map<String, Object> without = new LinkedHashMap<>(valid);
        without.remove(field);
        String raw = new String(JSON.writeValueAsBytes(without), StandardCharsets.UTF_8);
        String tail = withSurrogate.substring(withSurrogate.lastIndexOf("\"" + field + "\":"));
        return (raw.substring(0, raw.length() - 1) + (without.isEmpty() ? "" : ",") + tail).getBytes(StandardCharsets.UTF_8);
    }

    private List<Object> wrongValues(Map<String, Object> schema) {
        Object type = schema.get("type");
        List<Object> values = new ArrayList<>();
        if (schema.containsKey("enum")) {
            values.add("NOT_ONE_OF_THEM");
            values.add(0);
        }
        if ("string".equals(type)) {
            values.add(12345);
            values.add(true);
            values.add(Map.of("value", "x"));
            values.add(List.of("x"));
            Object format = schema.get("format");
            if ("date".equals(format)) {
                values.addAll(List.of("0000-01-01", "2026-02-30", "+10000-01-01", "1582-10-04", "20260901"));
            } else if ("date-time".equals(format)) {
                values.addAll(List.of("2026-10-05T23:00:00.1234567Z", "2026-10-05 23:00", "1500-01-01T00:00:00Z"));
            } else if ("uuid".equals(format)) {
                values.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g"));
            } else {
                values.add("x".repeat(schema.get("maxLength") instanceof Integer max ? max + 1 : 100_001));
            }
        } else if ("integer".equals(type)) {
            values.addAll(List.of("12", true, 1.5, new java.math.BigInteger("99999999999999999999999"), -1, Long.MAX_VALUE,
                    List.of(1)));
        } else if ("number".equals(type)) {
            values.addAll(List.of("1.5", true, "1e999999"));
        } else if ("boolean".equals(type)) {
            values.addAll(List.of(1, "true", "yes", List.of(true)));
        } else if ("array".equals(type)) {
            values.addAll(List.of("x", Map.of(), List.of(Map.of("nested", List.of(1))), java.util.Collections.nCopies(1_000, "x")));
        } else if ("object".equals(type)) {
            values.addAll(List.of(5, "x", List.of(), Map.of("NOT_A_KEY", "x")));
        } else {
            values.addAll(List.of(12345, true, List.of()));
        }
        return values;
    }

    private Map<String, Object> validBody(Map<String, Object> schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> properties = cast(schema.getOrDefault("properties", Map.of()));
        List<?> required = (List<?>) schema.getOrDefault("required", List.of());
        properties.forEach((field, property) -> {
            // A body with nothing required is sent whole, so each mutation is the only thing wrong with it.
            if (required.isEmpty() || required.contains(field)) {
                body.put(field, sample(field, resolve(cast(property))));
            }
        });
        return body;
    }

    /** A plausible value: what a worker's phone would send for a field of that name and type. */
    private Object sample(String field, Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> constants && !constants.isEmpty()) {
            return constants.get(0);
        }
        Object type = schema.get("type");
        if ("integer".equals(type) || "number".equals(type)) {
            return schema.get("minimum") instanceof Number min ? Math.max(min.longValue(), 1) : 1;
        }
        if ("boolean".equals(type)) {
            return false;
        }
        if ("array".equals(type)) {
            return List.of();
        }
        if ("object".equals(type)) {
            return Map.of();
        }
        Object format = schema.get("format");
        if ("date".equals(format)) {
            return field.toLowerCase().contains("end") || field.equals("to") ? "2026-09-07" : "2026-09-01";
        }
        if ("date-time".equals(format)) {
            return field.toLowerCase().contains("end") ? "2026-09-01T02:00:00Z" : "2026-09-01T00:00:00Z";
        }
        if ("uuid".equals(format)) {
            return records.getOrDefault("engagements", UUID.randomUUID()).toString();
        }
        return switch (field) {
            case "currency" -> "USD";
            case "grant_type" -> "refresh_token";
            case "jurisdiction" -> "US-MO";
            case "timeZone" -> "America/Chicago";
            case "locale", "language" -> "en";
            case "country" -> "US";
            case "password", "currentPassword", "newPassword" -> "not the password at all 2026";
            case "handle", "username" -> TestAccounts.uniqueHandle("fuzz");
            default -> "Invisible Technologies";
        };
    }

    private void sendMultipart(SignedIn caller, HttpMethod method, String path, String part, byte[] bytes) {
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        request.body(MultipartBody.builder().addPart(part, "upload.bin", MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        exchange(caller, request, method + " " + path + " [multipart " + part + "]", null);
    }

    private void send(SignedIn caller, HttpMethod method, String path, String contentType, byte[] body,
                      String description, String field) {
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (body != null && contentType.equals(MediaType.APPLICATION_FORM_URLENCODED)) {
            request.body(new String(body, StandardCharsets.ISO_8859_1)).contentType(contentType);
        } else if (body != null) {
            request.body(body).contentType(contentType);
        }
        exchange(caller, request, method + " " + path.substring(0, Math.min(path.length(), 90)) + " [" + description + "]", field);
    }

    private void exchange(SignedIn caller, MutableHttpRequest<Object> request, String where, String field) {
        if (caller != null) {
            request.bearerAuth(caller.accessToken());
        }
        requests++;
        HttpResponse<?> response;
        try {
            response = http.exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        int status = response.code();
        if (status >= 500) {
            serverErrors++;
            failures.add(where + " -> " + status);
            return;
        }
        if (status < 400) {
            return;
        }
        String type = response.getContentType().map(MediaType::toString).orElse("");
        if (!type.equals("application/problem+json")) {
            failures.add(where + " -> " + status + " as " + type);
            return;
        }
        if (status == 400 && field != null && !names(response, field)) {
            unnamed++;
            failures.add(where + " -> 400 without naming " + field + ": "
                    + new String(response.getBody(byte[].class).orElse(new byte[0]), StandardCharsets.UTF_8));
        }
    }

    private static boolean names(HttpResponse<?> response, String field) {
        try {
            byte[] raw = response.getBody(byte[].class).orElse(new byte[0]);
            Map<String, Object> problem = JSON.readValue(raw, MAP);
            List<Map<String, Object>> violations = cast(problem.getOrDefault("violations", List.of()));
            return violations.stream().map(v -> String.valueOf(v.get("field")))
                    .anyMatch(named -> named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + "."));
        } catch (IOException e) {
            return false;
        }
    }

    private SignedIn callerFor(String template) {
        if (template.startsWith("/api/admin") || template.startsWith("/api/registry")) {
            return admin;
        }
        if (template.startsWith("/api/organizations")) {
            return organizer;
        }
        if (template.equals("/api/accounts") || template.equals("/login") || template.startsWith("/api/session")
                || template.equals("/oauth/access_token") || template.equals("/api/verify")) {
            return null;
        }
        return worker;
    }

    /** Path variables get the worker's own records, so a write that slipped through would show in the export. */
    private String expand(String template, String badVariable, String bad) {
        String path = template;
        for (String variable : variables(template)) {
            String value;
            if (variable.equals(badVariable)) {
                value = bad;
            } else if (variable.equals("scope")) {
                value = "AGGREGATE";
            } else if (variable.equals("id")) {
                value = records.entrySet().stream().filter(r -> template.startsWith("/api/" + r.getKey() + "/"))
                        .map(r -> r.getValue().toString()).findFirst().orElse(UUID.randomUUID().toString());
            } else {
                value = UUID.randomUUID().toString();
            }
            path = path.replace("{" + variable + "}", value);
        }
        return path;
    }

    private static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            ref = map(all.get(0)).get("$ref");
        }
        if (ref == null) {
            return schema;
        }
        String name = ref.toString().substring("#/components/schemas/".length());
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    private void recordTheWorkersLedger() {
        UUID gig = LedgerFixtures.recordGig(http, worker);
        records.put("engagements", gig);
        records.put("sessions", LedgerFixtures.recordSession(http, worker,
                LedgerFixtures.eveningSession(gig, Instant.parse("2026-09-14T23:00:00Z"))));
        UUID payment = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + payment,
                LedgerFixtures.weeklyPayout(gig, "2026-09-18", "2026-09-08", "2026-09-14"))));
        records.put("payments", payment);
        UUID grievance = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + grievance, Map.of("category", "NON_PAYMENT",
                "narrative", "The payout for the week of 8 September never arrived.", "happenedOn", "2026-09-20",
                "engagementId", gig.toString(), "status", "OPEN"))));
        records.put("grievances", grievance);
    }

    private Map<String, Object> export() {
        Map<String, Object> export = new HashMap<>(http.retrieve(worker.authorize(HttpRequest.GET("/api/export")), MAP));
        export.remove("exportedAt");
        return export;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static Map<String, Object> map(Object value) {
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
